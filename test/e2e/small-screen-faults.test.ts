// Small faults found in review (issue 13), in Danish, Norwegian and English (browser locale
// en-US, as on an English Windows) at 1366×768, light and dark, axe clean: the "vault created"
// notice goes once the consultant moves on, so the note editor is in view; a long programme name
// in the caseload summary breaks only between words or at a hyphen, never mid-syllable; the note's
// time stays on one line (AM/PM included); a half-typed year is never saved; the date field's
// calendar buttons are named in the app's language.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { da } from '../../renderer/src/i18n/da';
import type { Messages } from '../../renderer/src/i18n/en';
import { en } from '../../renderer/src/i18n/en';
import { nb } from '../../renderer/src/i18n/nb';
import { installVaultScript } from '../bridge/install-vault';
import { startBridge, type Bridge } from '../bridge/server';
import {
  addParticipant,
  createVault,
  launchChromium,
  noteBody,
  openCaseload,
  waitSaved,
} from './caseload-pages';
import { dateGroup } from './date-field';
import { captureScreen, inPage } from './page-checks';

const LANGUAGES: readonly { code: string; m: Messages }[] = [
  { code: 'da', m: da },
  { code: 'nb', m: nb },
  { code: 'en', m: en },
];
const HEIGHT = 768;
/** Well past the autosave's pause (AUTOSAVE_DELAY_MS, 800 ms, in renderer/src/lib/use-note-autosave.ts). */
const PAST_AUTOSAVE_MS = 1_600;
const LONG_PROGRAMME = 'Virksomhedspraktik for nyuddannede akademikere';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(LANGUAGES)('small screen faults in $code', ({ code, m }) => {
  let bridge: Bridge;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const when = () => page.getByLabel(m.sessionNotes.occurredAt, { exact: true });

  beforeAll(async () => {
    bridge = await startBridge();
    context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1366, height: HEIGHT },
    });
    await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
    // The app's language, chosen in the window as a consultant would have it.
    await context.addInitScript(`localStorage.setItem('fortrolig.language', '${code}')`);
    page = await context.newPage();
    page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await createVault(page, bridge.url, m);
    await inPage(
      page,
      `(async () => {
        for (const name of ['Jobsøgning forår', ${JSON.stringify(LONG_PROGRAMME)}]) {
          await window.vault['programmes.create']({ name, funder: 'Jobcenter Aarhus',
            country: 'DK', startsOn: '2026-01-05', endsOn: '2026-12-31' });
        }
      })()`,
    );
  });

  afterAll(async () => {
    await context?.close();
    await bridge?.close();
    expect(problems).toEqual([]);
  });

  it('lets the "vault created" notice go once the consultant moves on: the note editor is in view', async () => {
    await page.getByText(m.notices.created).waitFor();
    await addParticipant(page, m, {
      givenName: 'Karen',
      familyName: 'Ødegård',
      cpr: '070761-4285',
      email: 'karen@example.dk',
    });
    expect(await page.getByText(m.notices.created).count()).toBe(0);
    const box = await noteBody(page, m).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThan(0);
    expect(Math.min(box!.y + box!.height, HEIGHT) - box!.y).toBeGreaterThan(100);
  });

  it('keeps the note’s day and time on one line, AM/PM included', async () => {
    const group = dateGroup(when());
    await group.locator('[data-type="minute"]').waitFor();
    const tops = await inPage<number[]>(
      page,
      `[...document.querySelectorAll('.composer .date-input-segment')]
        .map((el) => Math.round(el.getBoundingClientRect().top))`,
    );
    expect(tops.length).toBeGreaterThan(4);
    expect(new Set(tops).size).toBe(1);
    if (code === 'en')
      expect(await dateGroup(when()).locator('[data-type="dayPeriod"]').count()).toBe(1);
    expect(await captureScreen(page, 'note-time-one-line', code, { viewportOnly: true })).toEqual(
      [],
    );
  });

  it('never saves a half-typed year while the consultant types it', async () => {
    await noteBody(page, m).fill('Første samtale: rødgrød.');
    await waitSaved(page, m);
    const participantId = await inPage<number>(
      page,
      `window.vault['caseload.list']({ sort: 'name', offset: 0, limit: 10 }).then((r) => r.value.rows[0].id)`,
    );
    const storedYear = () =>
      inPage<number>(
        page,
        `window.vault['sessionNotes.listForParticipant']({ participantId: ${participantId}, limit: 5 })
          .then((r) => new Date(r.value.notes[0].occurredAt).getUTCFullYear())`,
      );
    const before = await storedYear();
    expect(before).toBeGreaterThan(2000);
    const year = dateGroup(when()).locator('[data-type="year"]');
    await year.click();
    for (const digit of ['2', '0', '2']) {
      await page.keyboard.type(digit);
      // Longer than the autosave's pause: a save of the half-typed year would have happened.
      await page.waitForTimeout(PAST_AUTOSAVE_MS);
      expect(await storedYear()).toBe(before);
    }
    await page.keyboard.type('5');
    await waitSaved(page, m);
    await expect.poll(storedYear).toBe(2025);

    // Left half-typed, the field shows again what the vault holds.
    await year.click();
    await page.keyboard.type('19');
    await noteBody(page, m).click();
    expect(Number(await year.getAttribute('aria-valuenow'))).toBe(2025);
    await page.waitForTimeout(PAST_AUTOSAVE_MS);
    expect(await storedYear()).toBe(2025);
  });

  it('names the calendar’s buttons in the app’s language', async () => {
    const open = dateGroup(when()).getByRole('button');
    expect(await open.getAttribute('aria-label')).toBe(m.dateField.openCalendar);
    await open.click();
    const calendar = page.locator('.date-input-calendar');
    await calendar.waitFor();
    await calendar.getByRole('button', { name: m.dateField.previousMonth, exact: true }).waitFor();
    await calendar.getByRole('button', { name: m.dateField.nextMonth, exact: true }).click();
    expect(await captureScreen(page, 'calendar-buttons', code, { viewportOnly: true })).toEqual([]);
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'detached' });
  });

  it('breaks a long programme name in the caseload summary only between words or at a hyphen', async () => {
    await openCaseload(page, m);
    const name = page.locator('.summary-name').filter({ hasText: /Virk/ });
    await name.waitFor();
    // Where each line starts: the text before it must end in a space or a soft hyphen.
    const breaks = await inPage<string[]>(
      page,
      `(() => {
        const el = [...document.querySelectorAll('.summary-name')]
          .find((n) => n.textContent.includes('Virk'));
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const found = [];
        let lastTop = null;
        let before = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent;
          for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            // A character at a line's start may also report an empty box at the line above.
            const rect = [...range.getClientRects()].filter((r) => r.width > 0).pop();
            if (rect) {
              const top = Math.round(rect.top);
              if (lastTop !== null && top > lastTop + 2) found.push(before.slice(-3));
              lastTop = top;
            }
            before += text[i];
          }
        }
        return found;
      })()`,
    );
    // The side column is narrow: the name does wrap, but never inside a syllable.
    expect(breaks.length).toBeGreaterThan(0);
    for (const end of breaks) expect(end, JSON.stringify(end)).toMatch(/[ \u00ad]$/);
    expect(await captureScreen(page, 'summary-hyphenation', code, { viewportOnly: true })).toEqual(
      [],
    );
  });
});

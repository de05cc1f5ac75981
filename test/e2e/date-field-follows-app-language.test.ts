// The date fields write dates the way the app's language does, not the browser's (issue 13,
// dates): with Chromium's locale English (en-US, as on an English Windows), the programme form
// shows dd.mm.åååå in Danish and Norwegian and the system's English order in English; a day typed
// with the keyboard alone is saved and shown back; a missing day is described at the field; a
// note's time is on a 24-hour clock in Danish and Norwegian; the form, its calendar and the note
// composer are axe clean in light and dark at 1366×768.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { da } from '../../renderer/src/i18n/da';
import type { Messages } from '../../renderer/src/i18n/en';
import { en } from '../../renderer/src/i18n/en';
import { nb } from '../../renderer/src/i18n/nb';
import { installVaultScript } from '../bridge/install-vault';
import { startBridge, type Bridge } from '../bridge/server';
import { createVault, launchChromium, openCaseload, openProgrammes } from './caseload-pages';
import { dateGroup, dateValue } from './date-field';
import { captureScreen, inPage } from './page-checks';

const BROWSER_LOCALE = 'en-US';

/** Per app language: its placeholder, and the order a keyboard user types the parts in. */
const LANGUAGES: readonly {
  code: string;
  m: Messages;
  placeholder: string;
  shown: string;
  order: readonly ('day' | 'month' | 'year')[];
}[] = [
  {
    code: 'da',
    m: da,
    placeholder: 'dd.mm.åååå',
    shown: '30.12.2026',
    order: ['day', 'month', 'year'],
  },
  {
    code: 'nb',
    m: nb,
    placeholder: 'dd.mm.åååå',
    shown: '30.12.2026',
    order: ['day', 'month', 'year'],
  },
  // English follows the system's own English (en-US here), as every other date in the app does.
  {
    code: 'en',
    m: en,
    placeholder: 'mm/dd/yyyy',
    shown: '12/30/2026',
    order: ['month', 'day', 'year'],
  },
];

const END = { day: '30', month: '12', year: '2026' } as const;

/** The segments' text as a reader sees it, without the invisible direction marks. */
const segmentText = async (field: Locator) =>
  ((await field.locator('.date-input-segments').textContent()) ?? '').replace(
    /[\u200e\u200f\u2066-\u2069\s]/g,
    '',
  );

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(LANGUAGES)('date fields in $code', ({ code, m, placeholder, shown, order }) => {
  let bridge: Bridge;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const endsOn = () => dateGroup(page.getByLabel(m.programmes.endsOn, { exact: true }));

  beforeAll(async () => {
    bridge = await startBridge();
    context = await browser.newContext({
      locale: BROWSER_LOCALE,
      viewport: { width: 1366, height: 768 },
    });
    await context.addInitScript(installVaultScript({ token: bridge.token }));
    // The app's language is chosen in the app (stored like the settings screen stores it).
    await context.addInitScript(`localStorage.setItem('fortrolig.language', '${code}')`);
    page = await context.newPage();
    page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await createVault(page, bridge.url, m);
    expect(await inPage<string>(page, 'navigator.language')).toBe(BROWSER_LOCALE);
  });

  afterAll(async () => {
    await context?.close();
    await bridge?.close();
  });

  it(`shows ${placeholder} while the browser is English, and the group carries the label`, async () => {
    await openProgrammes(page, m);
    await page.getByRole('button', { name: m.programmes.new }).click();
    expect(await segmentText(endsOn())).toBe(placeholder);
    expect(await dateValue(endsOn())).toBe('');
  });

  it('says at the field that the end date is missing', async () => {
    await page.getByLabel(m.programmes.name, { exact: true }).fill('Jobsøgning vinter');
    await page.getByLabel(m.programmes.funder, { exact: true }).fill('Jobcenter Aarhus');
    await page.getByRole('button', { name: m.programmes.create }).click();
    await expect.poll(() => endsOn().getAttribute('data-invalid')).toBe('true');
    const described = (await endsOn().getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(
      described
        .split(' ')
        .filter(Boolean)
        .map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    expect(texts.join(' ')).toContain(m.common.required);
  });

  it('takes a day typed with the keyboard alone, in the language’s order', async () => {
    await endsOn().locator('[role="spinbutton"]').first().focus();
    for (const part of order) await page.keyboard.type(END[part]);
    expect(await segmentText(endsOn())).toBe(shown);
    expect(await dateValue(endsOn())).toBe('2026-12-30');
    expect(
      await captureScreen(page, 'date-field-programme-form', code, { viewportOnly: true }),
    ).toEqual([]);
  });

  it('opens a calendar in the app’s language from the keyboard, axe clean', async () => {
    await endsOn().getByRole('button').focus();
    await page.keyboard.press('Enter');
    const calendar = page.getByRole('dialog');
    await calendar.waitFor();
    const monthName = await inPage<string>(
      page,
      `new Intl.DateTimeFormat(${JSON.stringify(code === 'en' ? BROWSER_LOCALE : code)}, { month: 'long', year: 'numeric' }).format(new Date(2026, 11, 30))`,
    );
    expect((await calendar.getByRole('heading').textContent())?.toLowerCase()).toBe(
      monthName.toLowerCase(),
    );
    expect(await captureScreen(page, 'date-field-calendar', code, { viewportOnly: true })).toEqual(
      [],
    );
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'detached' });
    expect(await dateValue(endsOn())).toBe('2026-12-30');
  });

  it('saves the typed day and shows it back on the page and in the edit form', async () => {
    await page.getByRole('button', { name: m.programmes.create }).click();
    await page.getByRole('heading', { name: 'Jobsøgning vinter', level: 1 }).waitFor();
    const expected = await inPage<string>(
      page,
      `new Intl.DateTimeFormat(${JSON.stringify(code === 'en' ? BROWSER_LOCALE : { da: 'da-DK', nb: 'nb-NO' }[code])}, { dateStyle: 'medium' }).format(new Date(2026, 11, 30))`,
    );
    const facts = page.locator('dl.facts');
    expect(await facts.textContent()).toContain(expected);
    await page.getByRole('button', { name: m.common.edit, exact: true }).click();
    expect(await segmentText(endsOn())).toBe(shown);
    expect(await dateValue(endsOn())).toBe('2026-12-30');
  });

  it('writes a note’s time on the language’s clock: 24 hours in da and nb, AM/PM in en-US', async () => {
    await inPage(
      page,
      `(async () => {
        const v = window.vault;
        const p = (await v['programmes.list']({})).value[0];
        const r = await v['participants.create']({ givenName: 'Karen', familyName: 'Ødegård',
          nationalId: { country: 'none' }, email: 'karen@example.dk', programmeId: p.id,
          enrolledOn: '2026-01-05' });
        if (!r.ok) throw new Error(r.error.code);
      })()`,
    );
    await openCaseload(page, m);
    await page.locator('.row-open').filter({ hasText: 'Ødegård, Karen' }).click();
    const when = dateGroup(page.getByLabel(m.sessionNotes.occurredAt, { exact: true }));
    await when.waitFor();
    expect(await when.locator('[data-type="dayPeriod"]').count()).toBe(code === 'en' ? 1 : 0);
    expect(await segmentText(when)).toMatch(
      code === 'en'
        ? /^\d{2}\/\d{2}\/\d{4},\d{2}:\d{2}(AM|PM)$/
        : /^\d{2}\.\d{2}\.\d{4},?\d{2}[.:]\d{2}$/,
    );
    expect(await captureScreen(page, 'date-field-note-time', code, { viewportOnly: true })).toEqual(
      [],
    );
    expect(problems).toEqual([]);
  });
});

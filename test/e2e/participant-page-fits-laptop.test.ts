// The participant page on a 1366×768 laptop, in Danish, Norwegian and English: after saving a new
// participant the page opens at its top (name and checksum warning in view), the form to enrol in
// another programme is folded behind a button, and the note editor is in view without scrolling.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { da } from '../../renderer/src/i18n/da';
import type { Messages } from '../../renderer/src/i18n/en';
import { en } from '../../renderer/src/i18n/en';
import { nb } from '../../renderer/src/i18n/nb';
import { installVaultScript } from '../bridge/install-vault';
import { startBridge, type Bridge } from '../bridge/server';
import { createVault, fillParticipant, launchChromium, noteBody } from './caseload-pages';
import { captureScreen, inPage } from './page-checks';

const LANGUAGES: readonly { code: string; locale: string; m: Messages }[] = [
  { code: 'da', locale: 'da-DK', m: da },
  { code: 'nb', locale: 'nb-NO', m: nb },
  { code: 'en', locale: 'en-GB', m: en },
];

const WIDTH = 1366;
const HEIGHT = 768;
// Fails only modulus 11: saved, with a warning the consultant must see.
const PERSON = {
  givenName: 'Karoline Marie',
  familyName: 'Ødegård Sørensen',
  cpr: '010165-1234',
  email: 'karoline@example.dk',
};

/** The element's box relative to the window: [top, bottom] in CSS pixels. */
async function box(page: Page, selector: string | Locator): Promise<[number, number]> {
  const b = await (typeof selector === 'string' ? page.locator(selector) : selector)
    .first()
    .boundingBox();
  if (!b) throw new Error('not rendered');
  return [b.y, b.y + b.height];
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(LANGUAGES)('participant page at 1366×768 ($code)', ({ code, locale, m }) => {
  let bridge: Bridge;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    bridge = await startBridge();
    context = await browser.newContext({ locale, viewport: { width: WIDTH, height: HEIGHT } });
    await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
    page = await context.newPage();
    await createVault(page, bridge.url, m);
    // The "vault created" notice shows once, on the first day; a working day starts without it.
    await page.getByRole('button', { name: m.notices.dismiss }).click();
    // Two programmes, so there is another to enrol in and the enrolment form has a reason to show.
    await inPage(
      page,
      `(async () => {
        for (const name of ['Jobsøgning forår', 'Afklaring og praktik']) {
          await window.vault['programmes.create']({ name, funder: 'Jobcenter Aarhus',
            country: 'DK', startsOn: '2026-01-05', endsOn: '2026-12-31' });
        }
      })()`,
    );
  });

  afterAll(async () => {
    await context?.close();
    await bridge?.close();
  });

  it('opens a newly saved participant at the top, name and warning in view', async () => {
    await fillParticipant(page, m, PERSON);
    // The form is taller than the window: the consultant scrolls down to the save button.
    await page.getByRole('button', { name: m.participant.create }).scrollIntoViewIfNeeded();
    expect(await inPage<number>(page, 'window.scrollY')).toBeGreaterThan(0);
    await page.getByRole('button', { name: m.participant.create }).click();
    await page
      .getByRole('heading', { name: `${PERSON.givenName} ${PERSON.familyName}`, level: 1 })
      .waitFor();
    await page.getByText(m.participant.savedWithWarnings).waitFor();
    expect(await inPage<number>(page, 'window.scrollY')).toBe(0);
    const [nameTop] = await box(page, 'h1.participant-name');
    expect(nameTop).toBeGreaterThanOrEqual(0);
    const [, warningBottom] = await box(page, '.participant-head .message-warning');
    expect(warningBottom).toBeLessThanOrEqual(HEIGHT);
  });

  it('folds the enrolment form behind a button and shows the note editor without scrolling', async () => {
    const toggle = page.getByRole('button', { name: m.participant.enrolIn });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByLabel(m.participant.enrolledOn, { exact: true }).count()).toBe(0);
    await noteBody(page, m).waitFor();
    expect(await inPage<number>(page, 'window.scrollY')).toBe(0);
    const [editorTop, editorBottom] = await box(page, noteBody(page, m));
    expect(editorTop).toBeGreaterThan(0);
    // At least five lines of the editor are in the window, not just its top edge.
    expect(Math.min(editorBottom, HEIGHT) - editorTop).toBeGreaterThan(100);
    await captureScreen(page, 'participant-laptop', code, { viewportOnly: true }).then((f) =>
      expect(f).toEqual([]),
    );

    // Opened on demand, it enrols as before and folds again.
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // The one programme the person is not in yet is the only choice.
    const other = await page
      .locator('.enrolments')
      .getByLabel(m.participant.programme, { exact: true })
      .locator('option')
      .textContent();
    await captureScreen(page, 'participant-laptop-enrol', code, { viewportOnly: true }).then((f) =>
      expect(f).toEqual([]),
    );
    await page.getByRole('button', { name: m.participant.enrol, exact: true }).click();
    await page.getByText(m.participant.enrolled.replace('{{programme}}', other ?? '')).waitFor();
    await page.getByText(m.participant.noOtherProgrammes).waitFor();
  });
});

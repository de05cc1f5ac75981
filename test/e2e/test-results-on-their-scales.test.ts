// Test results on their own scales (issue 13), in Danish, Norwegian and English at 1366×768,
// light and dark, axe clean: a result recorded with one row per score, each with its scale; 9 of
// 10 and 9 of 100 drawn as bars of different length on tracks that show their scale; a long score
// name cut with an ellipsis but readable whole on hover and on keyboard focus; the same test's
// names and scales offered again; a value off its scale or a reversed scale told at its row.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { da } from '../../renderer/src/i18n/da';
import type { Messages } from '../../renderer/src/i18n/en';
import { en } from '../../renderer/src/i18n/en';
import { nb } from '../../renderer/src/i18n/nb';
import { installVaultScript } from '../bridge/install-vault';
import { startBridge, type Bridge } from '../bridge/server';
import { fillScores, scoreCell, scoreRow } from './assessment-form';
import { addParticipant, createVault, launchChromium } from './caseload-pages';
import { fillDate } from './date-field';
import { captureScreen, inPage } from './page-checks';

const LANGUAGES: readonly { code: string; locale: string; m: Messages }[] = [
  { code: 'da', locale: 'da-DK', m: da },
  { code: 'nb', locale: 'nb-NO', m: nb },
  { code: 'en', locale: 'en-GB', m: en },
];

const LONG = 'Samarbejde og kommunikation med kolleger, ledere og eksterne samarbejdspartnere';
const INSTRUMENT = 'Kompetenceprofil';

/** An element's rendered width in CSS pixels. */
async function width(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return box.width;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(LANGUAGES)('test results on their scales in $code', ({ code, locale, m }) => {
  let bridge: Bridge;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const results = () =>
    page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: m.assessments.title, level: 2 }) });
  const chart = () =>
    results().getByRole('table', {
      name: m.assessments.chart.replace('{{instrument}}', INSTRUMENT),
    });

  beforeAll(async () => {
    bridge = await startBridge();
    context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
    await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
    page = await context.newPage();
    page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await createVault(page, bridge.url, m);
    await inPage(
      page,
      `window.vault['programmes.create']({ name: 'Jobsøgning forår', funder: 'Jobcenter Aarhus',
        country: 'DK', startsOn: '2026-01-05', endsOn: '2026-12-31' })`,
    );
    await addParticipant(page, m, {
      givenName: 'Karen',
      familyName: 'Ødegård',
      cpr: '070761-4285',
      email: 'karen@example.dk',
    });
  });

  afterAll(async () => {
    await context?.close();
    await bridge?.close();
    expect(problems).toEqual([]);
  });

  it('records a result with one row per score, nothing pre-filled, each on its own scale', async () => {
    await results().getByRole('button', { name: m.assessments.add }).click();
    const form = results().locator('form');
    // No provider is assumed: the field is empty, with suggestions to pick from.
    expect(await form.getByLabel(m.assessments.provider, { exact: true }).inputValue()).toBe('');
    await form.getByLabel(m.assessments.provider, { exact: true }).fill('MASTER Danmark');
    await form.getByLabel(m.assessments.instrument, { exact: true }).fill(INSTRUMENT);
    await fillDate(form.getByLabel(m.assessments.takenOn, { exact: true }), '2026-03-02');
    await fillScores(form, m, [
      { name: LONG, value: '9', min: '0', max: '10' },
      { name: 'Struktur', value: '9', min: '0', max: '100' },
    ]);
    await form.getByLabel(m.assessments.summary, { exact: true }).fill('Stærk på samarbejde.');
    await scoreRow(form, m, 1).scrollIntoViewIfNeeded();
    expect(await captureScreen(page, 'assessment-form', code, { viewportOnly: true })).toEqual([]);
    await form.getByRole('button', { name: m.common.save, exact: true }).click();
    await chart().waitFor();
  });

  it('draws 9 of 10 and 9 of 100 differently, each against its scale with its numbers', async () => {
    const rows = chart().locator('tbody tr');
    expect(await rows.count()).toBe(2);
    const share = async (row: Locator) =>
      (await width(row.locator('.score-bar'))) / (await width(row.locator('.score-track')));
    const ofTen = await share(rows.nth(0));
    const ofHundred = await share(rows.nth(1));
    expect(ofTen).toBeCloseTo(0.9, 1);
    expect(ofHundred).toBeCloseTo(0.09, 1);
    expect(ofTen / ofHundred).toBeGreaterThan(8);
    // The scale's ends are written beside each track.
    expect(await rows.nth(0).locator('.score-scale-end').allTextContents()).toEqual(['0', '10']);
    expect(await rows.nth(1).locator('.score-scale-end').allTextContents()).toEqual(['0', '100']);
    await chart().scrollIntoViewIfNeeded();
    expect(await captureScreen(page, 'assessment-chart', code, { viewportOnly: true })).toEqual([]);
  });

  it('shows the whole of a long score name on hover and on keyboard focus', async () => {
    const name = chart().locator('tbody tr').nth(0).locator('.score-name-text');
    const whole = chart().locator('tbody tr').nth(0).locator('.score-name-full');
    // Cut on screen (a screen reader hears it whole), so it takes focus.
    expect(
      await inPage<boolean>(
        page,
        `(() => { const n = document.querySelector('.score-name-text');
          return n.scrollWidth > n.clientWidth; })()`,
      ),
    ).toBe(true);
    expect(await name.getAttribute('tabindex')).toBe('0');
    expect(await name.textContent()).toBe(LONG);
    expect(await whole.isVisible()).toBe(false);

    await name.hover();
    await whole.waitFor({ state: 'visible' });
    expect(await whole.textContent()).toBe(LONG);
    await page.mouse.move(5, 5);
    await whole.waitFor({ state: 'hidden' });

    // Keyboard: Tab from the result's last button reaches the name, and the whole name shows.
    const buttons = results().locator('li.assessment .assessment-actions button');
    await buttons.last().focus();
    await page.keyboard.press('Tab');
    expect(await inPage<string>(page, 'document.activeElement?.textContent ?? ""')).toBe(LONG);
    await whole.waitFor({ state: 'visible' });
    const box = await whole.boundingBox();
    expect(box).not.toBeNull();
    // Whole: not clipped, and inside the window.
    expect(
      await inPage<boolean>(
        page,
        `(() => { const n = document.querySelector('.score-name-full');
        return n.scrollWidth <= n.clientWidth + 1 && n.scrollHeight <= n.clientHeight + 1; })()`,
      ),
    ).toBe(true);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1366);
    expect(await captureScreen(page, 'assessment-long-name', code, { viewportOnly: true })).toEqual(
      [],
    );
  });

  it('offers the same test’s names and scales again, and tells a score off its scale at its row', async () => {
    await results().getByRole('button', { name: m.assessments.add }).click();
    const form = results().locator('form');
    await form.getByLabel(m.assessments.instrument, { exact: true }).fill('kompetenceprofil');
    await form.getByText(m.assessments.scalesRemembered).waitFor();
    expect(await scoreCell(form, m, 1, 'name').inputValue()).toBe(LONG);
    expect(await scoreCell(form, m, 1, 'max').inputValue()).toBe('10');
    expect(await scoreCell(form, m, 2, 'name').inputValue()).toBe('Struktur');
    expect(await scoreCell(form, m, 2, 'max').inputValue()).toBe('100');
    expect(await scoreCell(form, m, 2, 'value').inputValue()).toBe('');
    expect(await form.getByLabel(m.assessments.provider, { exact: true }).inputValue()).toBe(
      'MASTER Danmark',
    );

    await scoreCell(form, m, 1, 'value').fill('11');
    await scoreCell(form, m, 2, 'value').fill('5');
    await scoreCell(form, m, 2, 'min').fill('100');
    await scoreCell(form, m, 2, 'max').fill('0');
    await form.getByRole('button', { name: m.common.save, exact: true }).click();
    await scoreRow(form, m, 1).getByText(m.assessments.errors.outsideScale).waitFor();
    await scoreRow(form, m, 2).getByText(m.assessments.errors.scaleOrder).waitFor();
    expect(await scoreCell(form, m, 1, 'value').getAttribute('aria-invalid')).toBe('true');
    await scoreRow(form, m, 1).scrollIntoViewIfNeeded();
    expect(await captureScreen(page, 'assessment-errors', code, { viewportOnly: true })).toEqual(
      [],
    );
    await form.getByRole('button', { name: m.common.cancel, exact: true }).click();
    expect(await chart().locator('tbody tr').count()).toBe(2);
  });
});

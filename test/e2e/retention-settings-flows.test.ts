// Settings in human terms, in Danish, Norwegian and English: a period edited with a number field
// and a unit picker (ISO 8601 stays in storage), a wrong number refused with a clear message that
// saves nothing, rules as rows with plain names and no internal ids, the Norwegian preset's own
// choices marked, and a programme created with the non-default preset and edited.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { da } from '../../renderer/src/i18n/da';
import type { Messages } from '../../renderer/src/i18n/en';
import { en } from '../../renderer/src/i18n/en';
import { nb } from '../../renderer/src/i18n/nb';
import { Category } from '../../main/retention/policies';
import { installVaultScript } from '../bridge/install-vault';
import { startBridge, type Bridge } from '../bridge/server';
import { createVault, launchChromium, openProgrammes } from './caseload-pages';
import { captureScreen, inPage } from './page-checks';
import { fill, openNav } from './retention-pages';
import { fillDate } from './date-field';

const LANGUAGES: readonly { code: string; locale: string; m: Messages }[] = [
  { code: 'da', locale: 'da-DK', m: da },
  { code: 'nb', locale: 'nb-NO', m: nb },
  { code: 'en', locale: 'en-GB', m: en },
];

const DK_PRESET = 'dk-jobcentre-coaching';
const NO_PRESET = 'no-recruitment-guidance';
/** What must never be on screen: file names, preset ids, ISO periods, trigger and category codes. */
const INTERNAL =
  /seeds\/|\.txt\b|dk-jobcentre|no-recruitment|\bP\d+[YMWD]\b|programmeEnd|lastContact|agreementEnd|reconfirmation\b|documents\.|sessionNotes|enrolmentData/;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

type StoredPreset = { id: string; rules: { category: string; period: string }[] };
const storedPeriod = async (page: Page, presetId: string, category: string) => {
  const presets = await inPage<StoredPreset[]>(
    page,
    `window.vault['retention.presets.list']({}).then((r) => r.value)`,
  );
  return presets.find((p) => p.id === presetId)?.rules.find((r) => r.category === category)?.period;
};

describe.each(LANGUAGES)('settings in human terms in $code', ({ code, locale, m }) => {
  const r = m.retention;
  const s = r.settings;
  let bridge: Bridge;
  let context: BrowserContext;
  let page: Page;
  const consoleLines: string[] = [];
  const shoot = async (screen: string) =>
    expect((await captureScreen(page, screen, code)).join('\n')).toBe('');
  const presetTable = (id: typeof DK_PRESET | typeof NO_PRESET) =>
    page.getByRole('table', { name: fill(s.rulesLabel, { name: r.presetNames[id] }) });

  beforeAll(async () => {
    bridge = await startBridge();
    context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
    await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
    page = await context.newPage();
    page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`));
    await createVault(page, bridge.url, m);
  });

  afterAll(async () => {
    await context?.close();
    await bridge?.close();
  });

  it('shows rules as rows in words, with no internal names, and the Norwegian own choices marked', async () => {
    await openNav(page, r.nav.settings, s.title);
    await presetTable(NO_PRESET).waitFor();
    const dk = presetTable(DK_PRESET);
    // The CV rule: "unless reconfirmed every …" 6 months, said in words.
    const cvRow = dk.locator('tbody tr').last();
    expect(await cvRow.getByLabel(s.when, { exact: false }).inputValue()).toBe('reconfirmation');
    expect(await cvRow.getByRole('spinbutton').inputValue()).toBe('6');
    // Every category at the programme's end but the CV, then the CV's two rules: the last is n + 1.
    const cvRuleNumber = Category.options.length + 1;
    expect(await cvRow.getByLabel(fill(s.periodUnit, { n: cvRuleNumber })).inputValue()).toBe(
      'months',
    );
    // The sentence column starts with a capital: "Medmindre det bekræftes hver 6 måneder".
    expect((await cvRow.textContent())?.toLocaleLowerCase()).toContain(
      fill(r.reason.after.reconfirmation, { period: fill(r.period.months_other, { count: 6 }) }),
    );
    const no = presetTable(NO_PRESET);
    // One rule per category; all but the two the notice names are the organisation's own choice.
    expect(await no.locator('tbody tr').count()).toBe(Category.options.length);
    expect(await no.getByText(s.ownChoice, { exact: true }).count()).toBe(
      Category.options.length - 2,
    );
    expect(await dk.getByText(s.ownChoice, { exact: true }).count()).toBe(0);
    // The notes row is the notice's own rule, not marked.
    const notes = no.locator('tbody tr').first();
    expect(await notes.getByText(s.ownChoice, { exact: true }).count()).toBe(0);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(INTERNAL);
    expect(text).toContain(fill(s.source, { source: s.sources[NO_PRESET] }));
    await page.evaluate('window.scrollTo(0, 0)');
    await shoot('settings-presets');
  });

  it('edits a period with the unit picker; a wrong number is refused, explained, and saves nothing', async () => {
    const no = presetTable(NO_PRESET);
    const amount = no.getByLabel(fill(s.periodAmount, { n: 1 }), { exact: true });
    const unit = no.getByLabel(fill(s.periodUnit, { n: 1 }), { exact: true });
    expect(await amount.inputValue()).toBe('3');
    expect(await unit.inputValue()).toBe('years');

    await amount.fill('101');
    await no.getByText(s.periodErrors.periodTooLong).waitFor();
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    // The rule still says 3 years, in its words column and in its message.
    const notes = no.locator('tbody tr').first();
    const threeYears = fill(r.period.years_other, { count: 3 });
    expect(await notes.textContent()).toContain(fill(s.periodKept, { period: threeYears }));
    const section = page.locator('section.preset').filter({ has: no });
    await section.getByRole('button', { name: s.savePreset }).click();
    await section.getByText(s.invalidRules).waitFor();
    expect(await storedPeriod(page, NO_PRESET, 'sessionNotes')).toBe('P3Y');

    await amount.fill('-2');
    await no.getByText(s.periodErrors.periodNotANumber).waitFor();

    await unit.selectOption('months');
    await amount.fill('18');
    expect(await amount.getAttribute('aria-invalid')).toBe('false');
    expect(await section.getByText(s.invalidRules).count()).toBe(0);
    expect(await notes.textContent()).toContain(
      fill(r.reason.after.lastContact, { period: fill(r.period.months_other, { count: 18 }) }),
    );
    await section.getByRole('button', { name: s.savePreset }).click();
    await section.getByText(s.saved, { exact: true }).waitFor();
    expect(await storedPeriod(page, NO_PRESET, 'sessionNotes')).toBe('P18M');

    // Read back after leaving the screen: 18 months, not an ISO string.
    await openProgrammes(page, m);
    await openNav(page, r.nav.settings, s.title);
    const again = presetTable(NO_PRESET);
    await again.waitFor();
    expect(
      await again.getByLabel(fill(s.periodAmount, { n: 1 }), { exact: true }).inputValue(),
    ).toBe('18');
    expect(await again.getByLabel(fill(s.periodUnit, { n: 1 }), { exact: true }).inputValue()).toBe(
      'months',
    );
    expect(consoleLines.filter((l) => l.startsWith('pageerror'))).toEqual([]);
  });

  it('creates a programme with the non-default preset, and edits it', async () => {
    await openProgrammes(page, m);
    await page.getByRole('button', { name: m.programmes.new }).click();
    const preset = page.getByLabel(m.programmes.retentionPreset, { exact: true });
    const country = page.getByLabel(m.programmes.country, { exact: true });
    // A new programme starts in the UI language's country; the preset follows the country
    // until one is picked by hand.
    expect(await country.inputValue()).toBe(code === 'nb' ? 'NO' : 'DK');
    expect(await preset.inputValue()).toBe(code === 'nb' ? NO_PRESET : DK_PRESET);
    await country.selectOption('NO');
    expect(await preset.inputValue()).toBe(NO_PRESET);
    await country.selectOption('DK');
    expect(await preset.inputValue()).toBe(DK_PRESET);
    expect(await preset.locator('option').allTextContents()).toEqual(
      expect.arrayContaining([r.presetNames[DK_PRESET], r.presetNames[NO_PRESET]]),
    );

    await page.getByLabel(m.programmes.name, { exact: true }).fill('Forløb Nordlys');
    await page.getByLabel(m.programmes.funder, { exact: true }).fill('Jobcenter Aalborg');
    await fillDate(page.getByLabel(m.programmes.endsOn, { exact: true }), '2027-06-30');
    await preset.selectOption({ label: r.presetNames[NO_PRESET] });
    await country.selectOption('DK');
    expect(await preset.inputValue()).toBe(NO_PRESET);
    expect(await page.locator('main').innerText()).not.toMatch(INTERNAL);
    await page.evaluate('window.scrollTo(0, 0)');
    await shoot('programme-form');
    await page.getByRole('button', { name: m.programmes.create }).click();
    await page.getByRole('heading', { name: 'Forløb Nordlys', level: 1 }).waitFor();

    const stored = await inPage<{ name: string; country: string; retentionPresetId: string }[]>(
      page,
      `window.vault['programmes.list']({}).then((r) => r.value)`,
    );
    expect(stored.find((p) => p.name === 'Forløb Nordlys')).toMatchObject({
      country: 'DK',
      retentionPresetId: NO_PRESET,
    });

    // The edit form shows the stored preset, and a change is saved.
    await page.getByRole('button', { name: m.common.edit, exact: true }).click();
    const editPreset = page.getByLabel(m.programmes.retentionPreset, { exact: true });
    expect(await editPreset.inputValue()).toBe(NO_PRESET);
    await page.getByLabel(m.programmes.country, { exact: true }).selectOption('NO');
    expect(await editPreset.inputValue()).toBe(NO_PRESET);
    await page.getByLabel(m.programmes.country, { exact: true }).selectOption('DK');
    await editPreset.selectOption(DK_PRESET);
    await page.getByRole('button', { name: m.common.save, exact: true }).click();
    await page.getByRole('button', { name: m.common.edit, exact: true }).waitFor();
    const after = await inPage<{ name: string; retentionPresetId: string }[]>(
      page,
      `window.vault['programmes.list']({}).then((r) => r.value)`,
    );
    expect(after.find((p) => p.name === 'Forløb Nordlys')?.retentionPresetId).toBe(DK_PRESET);
    expect(consoleLines.filter((l) => l.startsWith('pageerror'))).toEqual([]);
  });
});

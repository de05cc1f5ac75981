// The recruitment profile in Chromium at 1366×768, in Danish, Norwegian and English, light and
// dark: shown for a person in a Norwegian programme (the note editor still in view), saved through
// its form with a photo, found by a language in the global search, counted in what an erasure
// would remove; for a person in a Danish programme it waits folded behind one button.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORY_LABELS } from '../../main/retention/category-labels';
import { da } from '../../renderer/src/i18n/da';
import type { Messages } from '../../renderer/src/i18n/en';
import { en } from '../../renderer/src/i18n/en';
import { nb } from '../../renderer/src/i18n/nb';
import { installVaultScript } from '../bridge/install-vault';
import { startBridge, type Bridge } from '../bridge/server';
import { createVault, launchChromium, noteBody } from './caseload-pages';
import { fillDate } from './date-field';
import { captureScreen, inPage } from './page-checks';

const LANGUAGES: readonly { code: 'da' | 'nb' | 'en'; locale: string; m: Messages }[] = [
  { code: 'da', locale: 'da-DK', m: da },
  { code: 'nb', locale: 'nb-NO', m: nb },
  { code: 'en', locale: 'en-GB', m: en },
];
const HEIGHT = 768;
/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a person's page through the global search, as a consultant does. */
async function openPerson(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.keyboard.type(name);
  await page.locator('.search-results .search-hit').first().click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

describe.each(LANGUAGES)('recruitment profile ($code)', ({ code, locale, m }) => {
  let bridge: Bridge;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    bridge = await startBridge();
    context = await browser.newContext({ locale, viewport: { width: 1366, height: HEIGHT } });
    await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
    page = await context.newPage();
    await createVault(page, bridge.url, m);
    await page.getByRole('button', { name: m.notices.dismiss }).click();
    await inPage(
      page,
      `(async () => {
        const v = window.vault;
        const no = await v['programmes.create']({ name: 'Jobbklar Oslo', funder: 'Nav Oslo',
          country: 'NO', startsOn: '2026-01-05', endsOn: '2026-12-31' });
        const dk = await v['programmes.create']({ name: 'Jobsøgning forår', funder: 'Jobcenter Aarhus',
          country: 'DK', startsOn: '2026-01-05', endsOn: '2026-12-31' });
        await v['participants.create']({ givenName: 'Kari', familyName: 'Wiśniewska',
          nationalId: { country: 'none' }, email: 'kari@example.no', programmeId: no.value.id,
          enrolledOn: '2026-01-06' });
        await v['participants.create']({ givenName: 'Mads', familyName: 'Kjærgaard',
          nationalId: { country: 'none' }, email: 'mads@example.dk', programmeId: dk.value.id,
          enrolledOn: '2026-01-06' });
      })()`,
    );
  });

  afterAll(async () => {
    await context?.close();
    await bridge?.close();
  });

  it('shows the profile for a Norwegian programme with the note editor still in view', async () => {
    await openPerson(page, 'Kari Wiśniewska');
    const card = page.locator('.profile-card');
    await card.getByRole('heading', { name: m.profile.title, level: 2 }).waitFor();
    await card.getByText(m.profile.empty).waitFor();
    const editor = await noteBody(page, m).boundingBox();
    expect(editor && editor.y > 0 && editor.y + 100 < HEIGHT).toBe(true);
    expect(await inPage<number>(page, 'window.scrollY')).toBe(0);
    await captureScreen(page, 'profile-shown', code, { viewportOnly: true }).then((f) =>
      expect(f).toEqual([]),
    );
  });

  it('saves the profile and its photo through the form', async () => {
    const card = page.locator('.profile-card');
    await card.getByRole('button', { name: m.profile.edit }).click();
    const form = card.locator('form');
    await fillDate(form.getByLabel(m.profile.fields.dateOfBirth), '1988-02-29');
    await form.getByLabel(m.profile.fields.maritalStatus).selectOption('cohabiting');
    await form.getByLabel(m.profile.fields.nationality).fill('polsk');
    await form.getByLabel(m.profile.fields.languages).fill('Polsk\nNorsk B2');
    await form.getByLabel(m.profile.fields.qualifications).fill('Fagbrev i logistikk');
    await form.getByLabel(m.profile.fields.certificates).fill('Truckførerbevis T1–T4');
    await fillDate(form.getByLabel(m.profile.fields.availableFrom), '2026-08-01');
    // Not a number: the form says so in the app's words and saves nothing.
    await form.getByLabel(m.profile.fields.salaryAmount).fill('mange');
    await form.getByRole('button', { name: m.profile.save }).click();
    await form.getByText(m.profile.errors.salary).waitFor();
    await form.getByLabel(m.profile.fields.salaryAmount).fill('520 000');
    await page.locator('.profile-card').scrollIntoViewIfNeeded();
    await captureScreen(page, 'profile-form', code).then((f) => expect(f).toEqual([]));
    await form.getByRole('button', { name: m.profile.save }).click();
    await card.getByText(m.profile.saved).waitFor();
    await card.getByText('Polsk, Norsk B2').waitFor();
    await card.locator('input[type=file]').setInputFiles({
      name: 'kari.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await card.getByRole('img', { name: m.profile.photo.alt }).waitFor();
    const saved = await inPage<{ languages: string[]; salary: unknown; photo: unknown }>(
      page,
      "window.vault['search.query']({ text: 'Kari' }).then((r) => window.vault['profile.get']({ participantId: r.value[0].participantId })).then((r) => r.value)",
    );
    expect(saved.languages).toEqual(['Polsk', 'Norsk B2']);
    expect(saved.salary).toEqual({ amount: 520000, currency: 'NOK', period: 'year' });
    expect(saved.photo).toMatchObject({ mimeType: 'image/png' });
    await captureScreen(page, 'profile-saved', code).then((f) => expect(f).toEqual([]));
  });

  it('finds the person by a language in the global search', async () => {
    await page.getByRole('button', { name: m.common.back }).click();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Polsk');
    const hit = page
      .locator('.search-results .search-hit')
      .filter({ hasText: m.nav.source.profile });
    await hit.first().waitFor();
    expect(await hit.count()).toBe(1);
    await expect.poll(() => hit.first().textContent()).toContain('Kari Wiśniewska');
    await captureScreen(page, 'profile-search', code, { viewportOnly: true }).then((f) =>
      expect(f).toEqual([]),
    );
    await hit.first().click();
    await page.getByRole('heading', { name: 'Kari Wiśniewska', level: 1 }).waitFor();
  });

  it('counts the profile in what erasing the person would remove', async () => {
    await page.getByRole('button', { name: m.retention.erase.erasePerson }).click();
    for (const category of ['profile.personal', 'profile.competence', 'profile.photo'] as const)
      await page.getByText(CATEGORY_LABELS[code][category], { exact: true }).first().waitFor();
    await page.keyboard.press('Escape');
  });

  it('folds the profile behind a button for a Danish programme', async () => {
    await openPerson(page, 'Mads Kjærgaard');
    const add = page.getByRole('button', { name: m.profile.add });
    await add.waitFor();
    expect(await add.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('heading', { name: m.profile.title }).count()).toBe(0);
    await captureScreen(page, 'profile-folded', code, { viewportOnly: true }).then((f) =>
      expect(f).toEqual([]),
    );
    await add.click();
    await page.getByRole('heading', { name: m.profile.title, level: 2 }).waitFor();
  });
});

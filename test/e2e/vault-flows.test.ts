// The vault in a real Chromium, in Danish, Norwegian and English: create, add a participant, lock, unlock by
// keychain, a wrong recovery passphrase, host-initiated lock; every screen axe-clean in light and dark.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { da } from '../../renderer/src/i18n/da';
import type { Messages } from '../../renderer/src/i18n/en';
import { en } from '../../renderer/src/i18n/en';
import { nb } from '../../renderer/src/i18n/nb';
import { installVaultScript } from '../bridge/install-vault';
import { startBridge, type Bridge } from '../bridge/server';
import { launchChromium } from './browser';
import { axeViolations, captureScreen, inPage } from './page-checks';

const PASSPHRASE = 'korrekt hest batteri hæfteklamme';
const LANGUAGES: readonly { code: string; locale: string; m: Messages; marker: string }[] = [
  { code: 'da', locale: 'da-DK', m: da, marker: 'Samtale om jobsøgning: ærlig, rød, grå · da' },
  { code: 'nb', locale: 'nb-NO', m: nb, marker: 'Samtale om jobbsøking: ærlig, rød, blå · nb' },
  { code: 'en', locale: 'en-GB', m: en, marker: 'Coaching session, Ærø and Ålesund · en' },
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(LANGUAGES)('vault flows in $code', ({ code, locale, m, marker }) => {
  let bridge: Bridge;
  let context: BrowserContext;
  let page: Page;
  const consoleLines: string[] = [];

  beforeAll(async () => {
    bridge = await startBridge();
    // The system language decides the UI language: nothing is chosen by hand here.
    context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
    await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
    page = await context.newPage();
    page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`));
  });

  afterAll(async () => {
    await context?.close();
    await bridge?.close();
  });

  it('creates a vault with a recovery passphrase, in the system language', async () => {
    await page.goto(bridge.url);
    await page.getByRole('heading', { name: m.create.title }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe(code);
    await expect.poll(() => page.getByText(m.create.explainNoRecovery).count()).toBe(1);

    await page.getByLabel(m.create.passphrase, { exact: true }).fill('kort');
    await page.getByRole('button', { name: m.create.submit }).click();
    await page.getByText(m.create.tooShort.split('{{')[0]!.trim()).waitFor();

    await page.getByLabel(m.create.passphrase, { exact: true }).fill(PASSPHRASE);
    await page.getByLabel(m.create.confirm).fill(PASSPHRASE);
    await page.getByText(m.strength.strong, { exact: true }).waitFor();
    expect(await captureScreen(page, 'create', code)).toEqual([]);

    await page.getByRole('button', { name: m.create.submit }).click();
    await page.getByRole('heading', { name: m.caseload.title, level: 1 }).waitFor();
    await page.getByText(m.notices.created).waitFor();
  });

  it('lists a participant in the caseload as plain text', async () => {
    const input = JSON.stringify({ givenName: '<b>not bold</b>', familyName: marker });
    await inPage(
      page,
      `window.vault['programmes.create']({ name: 'Forløb', funder: 'Jobcenter', country: 'DK',
         startsOn: '2026-01-01', endsOn: '2026-12-31' }).then((p) =>
       window.vault['participants.create']({ ...${input}, nationalId: { country: 'none' },
         email: 'a@example.dk', programmeId: p.value.id, enrolledOn: '2026-01-02' }))`,
    );
    // Away and back: the caseload loads afresh.
    await page.getByRole('button', { name: m.nav.programmes }).click();
    await page.getByRole('button', { name: m.nav.caseload }).click();
    const item = page.locator('.row-open').filter({ hasText: marker });
    await item.waitFor();
    // Typed markup stays text: no <b> element is created from a name.
    expect(await item.locator('b').count()).toBe(0);
    expect(await item.textContent()).toContain('<b>not bold</b>');
    expect(await captureScreen(page, 'home', code)).toEqual([]);
  });

  it('lock removes every note from the page; the keychain opens it again', async () => {
    await page.getByRole('button', { name: m.header.lock, exact: true }).click();
    await page.getByRole('heading', { name: m.unlock.title }).waitFor();
    expect(await page.content()).not.toContain(marker);
    expect(await captureScreen(page, 'unlock', code)).toEqual([]);

    await page.getByRole('button', { name: m.unlock.keychainButton, exact: true }).click();
    await page.locator('.row-open').filter({ hasText: marker }).waitFor();
  });

  it('a wrong recovery passphrase shows the translated error and keeps the field focused', async () => {
    await page.getByRole('button', { name: m.header.lock, exact: true }).click();
    await page.getByRole('heading', { name: m.unlock.title }).waitFor();
    expect(await bridge.forgetKeychainEntry()).toBe(true);

    await page.getByRole('button', { name: m.unlock.keychainButton, exact: true }).click();
    await page.getByText(m.unlock.reason.keychainEntryMissing).waitFor();
    const field = page.getByLabel(m.unlock.passphrase, { exact: true });
    await field.fill('not the right passphrase');
    await field.press('Enter');
    await page.getByRole('alert').filter({ hasText: m.errors.wrongPassphrase }).waitFor();
    expect(await inPage(page, 'document.activeElement?.id')).toBe('unlock-passphrase');
    expect(await page.content()).not.toContain(marker);
    expect(await captureScreen(page, 'unlock-error', code)).toEqual([]);

    // The right passphrase, remembered, puts the key back: a reload then opens by keychain alone.
    await field.fill(PASSPHRASE);
    await field.press('Enter');
    await page.locator('.row-open').filter({ hasText: marker }).waitFor();
    await page.reload();
    await page.locator('.row-open').filter({ hasText: marker }).waitFor();
  });

  it('a lock from the host (idle, OS lock) also clears the caseload', async () => {
    // What the preload does on idle or OS lock: the host locks the vault, then tells the page.
    await inPage(page, "window.vault['vault.lock']({}).then(() => window.__fortroligFireLocked())");
    await page.getByRole('heading', { name: m.unlock.title }).waitFor();
    expect(await page.content()).not.toContain(marker);
  });

  it('logged nothing personal and broke no policy', () => {
    expect(
      consoleLines.filter((line) => line.includes(marker) || line.includes(PASSPHRASE)),
    ).toEqual([]);
    expect(consoleLines.filter((line) => /^(error|pageerror)/.test(line))).toEqual([]);
  });
});

describe('language and theme choices', () => {
  let bridge: Bridge;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    bridge = await startBridge();
    context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1366, height: 768 } });
    await context.addInitScript(installVaultScript({ token: bridge.token }));
    page = await context.newPage();
    await page.goto(bridge.url);
  });

  afterAll(async () => {
    await context?.close();
    await bridge?.close();
  });

  it('falls back to Danish, switches language, and stores only the code', async () => {
    await page.getByRole('heading', { name: da.create.title }).waitFor();
    await page.getByLabel(da.header.language).selectOption('nb');
    await page.getByRole('heading', { name: nb.create.title }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: nb.create.title }).waitFor();
    const stored = await inPage(page, 'Object.entries(localStorage)');
    expect(stored).toEqual([['fortrolig.language', 'nb']]);
  });

  it('the manual theme overrides the system scheme', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByLabel(nb.header.theme).selectOption('dark');
    const background = await inPage(page, 'getComputedStyle(document.body).backgroundColor');
    expect(background).toBe('rgb(17, 21, 27)');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the CSP refuses inline scripts', async () => {
    await expect(page.addScriptTag({ content: 'window.__inline = true' })).rejects.toThrow();
    expect(await inPage(page, "'__inline' in window")).toBe(false);
  });
});

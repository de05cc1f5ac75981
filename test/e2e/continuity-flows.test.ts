// Continuity in a real Chromium, in Danish, Norwegian and English: first run offers create or
// restore; a backup made by the core is restored on an empty data folder (the picker is the
// main-process seam, answered by the bridge); the recovery passphrase is tested and changed; the
// 90-day reminder; the auto-lock minutes. Screens axe-clean and shot in light and dark.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeBackup } from '../../main/retention/backups';
import { keychainAccount } from '../../main/vault/key-store';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { MemoryLogger } from '../../main/vault/logger';
import { readSettings, writeSettings } from '../../main/vault/settings';
import { Vault } from '../../main/vault/vault';
import { da } from '../../renderer/src/i18n/da';
import type { Messages } from '../../renderer/src/i18n/en';
import { en } from '../../renderer/src/i18n/en';
import { nb } from '../../renderer/src/i18n/nb';
import { installVaultScript } from '../bridge/install-vault';
import { seedCaseload } from '../bridge/seed-caseload';
import { startBridge, type Bridge } from '../bridge/server';
import { PASSPHRASE, launchChromium } from './caseload-pages';
import { SCHEMES, SCREENS_DIR, captureScreen, inPage } from './page-checks';

const NEW_PASSPHRASE = 'syv blå hvaler synger om natten';
const TEST_KDF = { N: 2 ** 14, r: 8, p: 1 };
const DAY = 86_400_000;
const LANGUAGES: readonly { code: string; locale: string; m: Messages }[] = [
  { code: 'da', locale: 'da-DK', m: da },
  { code: 'nb', locale: 'nb-NO', m: nb },
  { code: 'en', locale: 'en-GB', m: en },
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A vault made by the core elsewhere, with a small caseload, backed up to a folder; its keychain entry removed (a new laptop). */
async function backupFromAnotherLaptop(): Promise<{ source: string; folder: string; db: string }> {
  const source = mkdtempSync(join(tmpdir(), 'fortrolig-e2e-source-'));
  const folder = mkdtempSync(join(tmpdir(), 'fortrolig-e2e-backups-'));
  const keyStore = new KeytarKeyStore();
  const vault = new Vault({
    dataDir: source,
    keyStore,
    logger: new MemoryLogger(),
    kdfCost: TEST_KDF,
  });
  const { vaultId } = await vault.create(PASSPHRASE);
  seedCaseload(vault.db, 3);
  const { name } = takeBackup(vault, folder, new Date());
  vault.lock();
  await keyStore.delete(keychainAccount(vaultId));
  return { source, folder, db: join(folder, name) };
}

describe.each(LANGUAGES)('continuity in $code', ({ code, locale, m }) => {
  const c = m.continuity;
  let bridge: Bridge;
  let backup: { source: string; folder: string; db: string };
  let context: BrowserContext;
  let page: Page;
  const consoleLines: string[] = [];
  const shoot = async (screen: string) =>
    expect((await captureScreen(page, screen, code)).join('\n')).toBe('');
  /** The settings page is long: the passphrase card alone, at full size, in both schemes. */
  const shootSection = async (screen: string) => {
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await page
        .locator('.card', { has: page.locator('.recovery-settings') })
        .screenshot({ path: join(SCREENS_DIR, `${screen}-${code}-${scheme}.png`), caret: 'hide' });
    }
    await page.emulateMedia({ colorScheme: 'light' });
  };
  const settingsNav = () =>
    page.getByRole('navigation').getByRole('button', { name: m.retention.nav.settings });

  beforeAll(async () => {
    backup = await backupFromAnotherLaptop();
    bridge = await startBridge();
    context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
    await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
    page = await context.newPage();
    page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`));
  });

  afterAll(async () => {
    await context?.close();
    await bridge?.close();
    rmSync(backup.source, { recursive: true, force: true });
    rmSync(backup.folder, { recursive: true, force: true });
  });

  it('first run offers to create a new vault or to restore from a backup', async () => {
    await page.goto(bridge.url);
    await page.getByRole('heading', { name: c.firstRun.title, level: 1 }).waitFor();
    const group = page.getByRole('group', { name: c.firstRun.choice });
    expect(await group.getByRole('radio', { name: c.firstRun.create }).isChecked()).toBe(true);
    await page.getByRole('heading', { name: m.create.title }).waitFor();
    await shoot('first-run');
  });

  it('refuses a passphrase that is long enough but easy to guess before asking the core', async () => {
    await page.getByLabel(m.create.passphrase, { exact: true }).fill('aaaaaaaaaaaa');
    await page.getByLabel(m.create.confirm, { exact: true }).fill('aaaaaaaaaaaa');
    await page.getByRole('button', { name: m.create.submit, exact: true }).click();
    await page.getByText(m.create.tooWeak).waitFor();
    expect(await inPage(page, 'document.activeElement?.id')).toBe('new-passphrase');
    await shoot('create-too-weak');
    await page.getByLabel(m.create.passphrase, { exact: true }).fill('');
    await page.getByLabel(m.create.confirm, { exact: true }).fill('');
  });

  it('restores the backup on the empty data folder: wrong file, wrong passphrase, then the caseload', async () => {
    await page.getByRole('radio', { name: c.firstRun.restore }).check();
    await page.getByRole('heading', { name: c.restore.title, level: 2 }).waitFor();
    await page.getByText(c.restore.noFile).waitFor();

    // Restore before choosing a file: the form asks for the file first.
    await page.getByLabel(c.restore.passphrase, { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: c.restore.submit, exact: true }).click();
    await page.getByText(c.restore.needFile).waitFor();

    // The main-process dialog answers a file that is no backup.
    const notes = join(backup.folder, 'notes.txt');
    writeFileSync(notes, 'not a backup');
    bridge.answerBackupPicker(notes);
    await page.getByRole('button', { name: c.restore.choose }).click();
    await page.getByRole('alert').filter({ hasText: c.restore.notABackup }).waitFor();

    bridge.answerBackupPicker(backup.db);
    await page.getByRole('button', { name: c.restore.choose }).click();
    const fileName = backup.db.slice(backup.folder.length + 1);
    await page.getByText(fileName, { exact: true }).waitFor();

    const field = page.getByLabel(c.restore.passphrase, { exact: true });
    await field.fill('ikke den rigtige sætning');
    await page.getByRole('button', { name: c.restore.submit, exact: true }).click();
    await page.getByRole('alert').filter({ hasText: m.errors.wrongPassphrase }).waitFor();
    expect(await inPage(page, 'document.activeElement?.id')).toBe('restore-passphrase');
    await shoot('restore-form');

    await field.fill(PASSPHRASE);
    await page.getByRole('button', { name: c.restore.submit, exact: true }).click();
    await page.getByRole('heading', { name: m.caseload.title, level: 1 }).waitFor();
    await page.getByText(c.notices.restored).waitFor();
    await page.locator('.row-open').filter({ hasText: 'Zzz-last' }).waitFor();
    // No test reminder right after a restore: the passphrase was just used.
    expect(await page.getByTestId('recovery-reminder').count()).toBe(0);

    // The key went into the keychain: a reload opens the vault without a passphrase.
    await page.reload();
    await page.locator('.row-open').filter({ hasText: 'Zzz-last' }).waitFor();
  });

  it('tests the recovery passphrase: a wrong one is refused, the right one confirmed', async () => {
    await settingsNav().click();
    await page.getByRole('heading', { name: c.security.recovery, level: 2 }).waitFor();
    const test = page.getByRole('form', { name: c.security.test.title });
    const field = test.getByLabel(c.security.test.passphrase, { exact: true });
    await field.fill('forkert sætning her');
    await test.getByRole('button', { name: c.security.test.submit }).click();
    await test.getByRole('alert').filter({ hasText: m.errors.wrongPassphrase }).waitFor();

    await field.fill(PASSPHRASE);
    await test.getByRole('button', { name: c.security.test.submit }).click();
    await test.getByRole('status').filter({ hasText: c.security.test.ok }).waitFor();
    expect(await field.inputValue()).toBe('');
    await shoot('settings-passphrase');
    await shootSection('settings-passphrase-section');
  });

  it('changes the passphrase: the old one is then refused and the new one unlocks', async () => {
    const change = page.getByRole('form', { name: c.security.change.title });
    await change
      .getByLabel(c.security.change.current, { exact: true })
      .fill('forkert gammel sætning');
    await change.getByLabel(c.security.change.next, { exact: true }).fill(NEW_PASSPHRASE);
    await change.getByLabel(c.security.change.confirm, { exact: true }).fill(NEW_PASSPHRASE);
    await change.getByText(m.strength.strong, { exact: true }).waitFor();
    await change.getByRole('button', { name: c.security.change.submit }).click();
    await change.getByRole('alert').filter({ hasText: m.errors.wrongPassphrase }).waitFor();

    await change.getByLabel(c.security.change.current, { exact: true }).fill(PASSPHRASE);
    await change.getByRole('button', { name: c.security.change.submit }).click();
    await change.getByRole('status').filter({ hasText: c.security.change.done }).waitFor();
    await shoot('settings-passphrase-changed');
    await shootSection('settings-passphrase-changed-section');

    // Without the keychain, only the new passphrase opens the vault.
    await page.getByRole('button', { name: m.header.lock, exact: true }).click();
    await page.getByRole('heading', { name: m.unlock.title }).waitFor();
    expect(await bridge.forgetKeychainEntry()).toBe(true);
    await page.getByRole('button', { name: m.unlock.keychainButton, exact: true }).click();
    const unlock = page.getByLabel(m.unlock.passphrase, { exact: true });
    await unlock.fill(PASSPHRASE);
    await unlock.press('Enter');
    await page.getByRole('alert').filter({ hasText: m.errors.wrongPassphrase }).waitFor();
    await unlock.fill(NEW_PASSPHRASE);
    await unlock.press('Enter');
    await page.locator('.row-open').filter({ hasText: 'Zzz-last' }).waitFor();
  });

  it('after 90 days a gentle reminder shows; dismissing it postpones it; "Test now" leads to the test', async () => {
    const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
    writeSettings(bridge.dataDir, {
      ...readSettings(bridge.dataDir),
      recoveryTestedAt: ago(91),
      recoveryReminderAfter: null,
    });
    await page.reload();
    const reminder = page.getByRole('region', { name: c.reminder.label });
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain(c.reminder.text);
    await shoot('recovery-reminder');
    await reminder.getByRole('button', { name: c.reminder.later }).click();
    await expect.poll(() => reminder.count()).toBe(0);
    await page.reload();
    await page.locator('.row-open').filter({ hasText: 'Zzz-last' }).waitFor();
    expect(await reminder.count()).toBe(0);
    const postponed = readSettings(bridge.dataDir).recoveryReminderAfter!;
    expect(Date.parse(postponed) - Date.now()).toBeGreaterThan(89 * DAY);

    writeSettings(bridge.dataDir, {
      ...readSettings(bridge.dataDir),
      recoveryTestedAt: ago(120),
      recoveryReminderAfter: ago(1),
    });
    await page.reload();
    await reminder.getByRole('button', { name: c.reminder.test }).click();
    await page.getByRole('heading', { name: c.security.recovery, level: 2 }).waitFor();
    const field = page
      .getByRole('form', { name: c.security.test.title })
      .getByLabel(c.security.test.passphrase, { exact: true });
    await expect
      .poll(() => field.evaluate((el) => el === el.ownerDocument.activeElement))
      .toBe(true);
    await field.fill(NEW_PASSPHRASE);
    await field.press('Enter');
    await page.getByRole('status').filter({ hasText: c.security.test.ok }).waitFor();
    await expect.poll(() => reminder.count()).toBe(0);
  });

  it('the auto-lock minutes are saved and used by the shell without a restart', async () => {
    const minutes = page.getByLabel(c.security.idle.minutes, { exact: true });
    expect(await minutes.inputValue()).toBe('10');
    await minutes.fill('0');
    await page.getByRole('button', { name: c.security.idle.save, exact: true }).click();
    await page.getByText(c.security.idle.invalid).waitFor();
    await minutes.fill('25');
    await page.getByRole('button', { name: c.security.idle.save, exact: true }).click();
    await page.getByRole('status').filter({ hasText: '25' }).waitFor();
    // What the Electron shell's idle poll reads each time.
    const status = await inPage<{ ok: boolean; value: { idleLockMinutes: number } }>(
      page,
      "window.vault['vault.status']({})",
    );
    expect(status.value.idleLockMinutes).toBe(25);
  });

  it('logged nothing personal and broke no policy', () => {
    expect(
      consoleLines.filter(
        (line) =>
          line.includes(PASSPHRASE) || line.includes(NEW_PASSPHRASE) || line.includes('Zzz'),
      ),
    ).toEqual([]);
    expect(consoleLines.filter((line) => /^(error|pageerror)/.test(line))).toEqual([]);
  });
});

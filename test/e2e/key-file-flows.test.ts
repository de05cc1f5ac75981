// The key file's way forward in a real Chromium, in Danish, Norwegian and English:
// (a) a byte of vault.key.json flipped while locked: a passphrase try says the recovery copy is
//     damaged and points to the keychain; the keychain unlock repairs it and a calm notice says
//     so, with a link to the test form in Settings;
// (b) the key file deleted and the keychain entry removed: the unlock screen says what happened
//     and offers to put back the key file from a backup pair the test made (picked through the
//     main-process seam the bridge answers), then the passphrase opens the caseload.
// (c) no recovery copy at all (a vault from before pinning whose key file was lost): a new
//     recovery passphrase is asked for, with the strength meter, before the caseload shows.
// Screens axe-clean and shot at 1366×768, light and dark.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { da } from '../../renderer/src/i18n/da';
import type { Messages } from '../../renderer/src/i18n/en';
import { en } from '../../renderer/src/i18n/en';
import { nb } from '../../renderer/src/i18n/nb';
import { installVaultScript } from '../bridge/install-vault';
import { startBridge, type Bridge } from '../bridge/server';
import { PASSPHRASE, createVault, launchChromium } from './caseload-pages';
import { captureScreen, inPage } from './page-checks';

const NEW_PASSPHRASE = 'syv blå hvaler synger om natten';
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

/** One base64 character inside the sealed key: still JSON, but its checksum and MAC fail. */
function flipByteOfKeyFile(path: string): void {
  const bytes = readFileSync(path);
  const at = bytes.indexOf('"ciphertext":"') + '"ciphertext":"'.length + 10;
  bytes[at] = bytes[at] === 0x41 ? 0x42 : 0x41;
  writeFileSync(path, bytes);
}

describe.each(LANGUAGES)('key file in $code', ({ code, locale, m }) => {
  const k = m.continuity.keyFile;
  const r = m.continuity.recoveryCopy;
  let bridge: Bridge;
  let backups: string;
  let context: BrowserContext;
  let page: Page;
  const consoleLines: string[] = [];
  const shoot = async (screen: string) =>
    expect((await captureScreen(page, screen, code)).join('\n')).toBe('');
  const keyFile = () => join(bridge.dataDir, 'vault.key.json');
  const lock = async () => {
    await page.getByRole('button', { name: m.header.lock, exact: true }).click();
    await page.getByRole('heading', { name: m.unlock.title }).waitFor();
  };
  const caseloadShown = () => page.locator('.row-open').filter({ hasText: 'Zzz-last' }).waitFor();

  beforeAll(async () => {
    backups = mkdtempSync(join(tmpdir(), 'fortrolig-e2e-keyfile-backups-'));
    bridge = await startBridge();
    context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
    await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
    page = await context.newPage();
    page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`));
    await createVault(page, bridge.url, m);
    bridge.seedCaseload(3);
    await page.reload();
    await caseloadShown();
  });

  afterAll(async () => {
    await context?.close();
    await bridge?.close();
    rmSync(backups, { recursive: true, force: true });
  });

  it('a damaged key file: the passphrase says so and points to the keychain, which repairs it', async () => {
    await lock();
    flipByteOfKeyFile(keyFile());
    await page.getByRole('button', { name: m.unlock.usePassphrase }).click();
    const field = page.getByLabel(m.unlock.passphrase, { exact: true });
    await field.fill(PASSPHRASE);
    await field.press('Enter');
    const damaged = page.getByRole('alert').filter({ hasText: k.damaged });
    await damaged.waitFor();
    await shoot('unlock-recovery-damaged');

    // The passphrase cannot open a damaged copy, so its form gives way to the keychain.
    expect(await page.getByLabel(m.unlock.passphrase, { exact: true }).count()).toBe(0);
    const keychain = page.getByRole('button', { name: k.tryKeychain });
    expect(await keychain.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await keychain.click();
    await caseloadShown();
    const notice = page.getByRole('region', { name: r.repairedLabel });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(r.repaired);
    // The key file is whole again: the passphrase opens it (checked in the test form below).
  });

  it('a flipped byte between runs: the keychain unlock at start-up repairs it, with a calm notice', async () => {
    await lock();
    flipByteOfKeyFile(keyFile());
    // A new run: the app asks the keychain at once.
    await page.reload();
    await caseloadShown();
    const notice = page.getByRole('region', { name: r.repairedLabel });
    await notice.waitFor();
    await shoot('recovery-repaired');

    // "Test my recovery passphrase" leads to the Settings test form, caret in its field.
    await notice.getByRole('button', { name: r.test }).click();
    const test = page.getByRole('form', { name: m.continuity.security.test.title });
    const field = test.getByLabel(m.continuity.security.test.passphrase, { exact: true });
    await expect
      .poll(() => field.evaluate((el) => el === el.ownerDocument.activeElement))
      .toBe(true);
    expect(await notice.count()).toBe(0);
    await field.fill(PASSPHRASE);
    await field.press('Enter');
    await test.getByRole('status').filter({ hasText: m.continuity.security.test.ok }).waitFor();
  });

  it('key file deleted and keychain entry removed: put back the key file from a backup, then the passphrase', async () => {
    // A backup pair, taken the way the app takes it.
    // The folder is picked in the main process's folder dialog (the bridge's picker seam).
    bridge.answerFolderPicker(backups);
    expect(await inPage(page, "window.vault['backups.chooseFolder']({})")).toMatchObject({
      ok: true,
      value: { outcome: 'chosen' },
    });
    const taken = await inPage<{ ok: boolean; value: { name: string } }>(
      page,
      "window.vault['backups.run']({})",
    );
    expect(taken.ok).toBe(true);
    const backupDb = join(backups, taken.value.name);

    await lock();
    expect(await bridge.forgetKeychainEntry()).toBe(true);
    rmSync(keyFile());
    await page.reload();
    await page.getByRole('heading', { name: k.missingTitle, level: 2 }).waitFor();
    expect(await page.getByText(k.wayForward).count()).toBe(1);
    const putBack = page.getByRole('button', { name: k.putBack });
    expect(await putBack.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await shoot('unlock-key-file-missing');

    // The dialog is cancelled: nothing changes.
    bridge.answerKeyFilePicker(null);
    await putBack.click();
    await page.getByRole('heading', { name: k.missingTitle, level: 2 }).waitFor();

    // A file that is no key file.
    const wrong = join(backups, 'notes.json');
    writeFileSync(wrong, '{"format":"nope"}');
    bridge.answerKeyFilePicker(wrong);
    await putBack.click();
    await page.getByRole('alert').filter({ hasText: k.notAKeyFile }).waitFor();
    await shoot('unlock-key-file-not-a-key-file');

    bridge.answerKeyFilePicker(backupDb.replace(/\.db$/, '.key.json'));
    await putBack.click();
    await page.getByRole('status').filter({ hasText: k.restored }).waitFor();
    const field = page.getByLabel(m.unlock.passphrase, { exact: true });
    await shoot('unlock-key-file-restored');
    await field.fill(PASSPHRASE);
    await field.press('Enter');
    await caseloadShown();
    expect(await page.getByRole('region', { name: r.repairedLabel }).count()).toBe(0);

    // The key went back into the keychain: the next run opens without a passphrase.
    await page.reload();
    await caseloadShown();
  });

  it('no recovery copy at all: a new recovery passphrase is asked for before the caseload', async () => {
    // A vault made before pinning whose key file was lost; the keychain still opens it.
    bridge.forgetRecoveryPin();
    await lock();
    rmSync(keyFile());
    await page.reload();
    await page.getByRole('heading', { name: r.newTitle, level: 1 }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: r.newIntro }).count()).toBe(1);
    // Nothing of the caseload shows until it is done.
    expect(await page.locator('.row-open').count()).toBe(0);
    const field = page.getByLabel(r.passphrase, { exact: true });
    await field.fill('kort');
    await page.getByLabel(r.confirm, { exact: true }).fill('kort');
    await page.getByRole('button', { name: r.submit }).click();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await field.fill(NEW_PASSPHRASE);
    await page.getByLabel(r.confirm, { exact: true }).fill(NEW_PASSPHRASE);
    await page.getByText(m.strength.strong, { exact: true }).waitFor();
    await shoot('new-recovery-passphrase');
    await page.getByRole('button', { name: r.submit }).click();
    await caseloadShown();
    await page.getByRole('status').filter({ hasText: r.done }).waitFor();

    // The new passphrase opens the vault without the keychain.
    await lock();
    expect(await bridge.forgetKeychainEntry()).toBe(true);
    await page.getByRole('button', { name: m.unlock.keychainButton, exact: true }).click();
    const unlock = page.getByLabel(m.unlock.passphrase, { exact: true });
    await unlock.fill(NEW_PASSPHRASE);
    await unlock.press('Enter');
    await caseloadShown();
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

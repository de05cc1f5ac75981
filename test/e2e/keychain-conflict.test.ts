// The keychain holds a key this vault never had (the vault.db in the folder is an older copy or
// a planted file): the passphrase opens the vault, the keychain entry is left as it is (it may be
// the only key to the real vault), and the window warns the consultant to stop and call IT
// support. In da, nb and en, axe-clean, shot in light and dark.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keychainAccount } from '../../main/vault/key-store';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { da } from '../../renderer/src/i18n/da';
import type { Messages } from '../../renderer/src/i18n/en';
import { en } from '../../renderer/src/i18n/en';
import { nb } from '../../renderer/src/i18n/nb';
import { installVaultScript } from '../bridge/install-vault';
import { startBridge, type Bridge } from '../bridge/server';
import { PASSPHRASE, createVault, launchChromium } from './caseload-pages';
import { captureScreen } from './page-checks';

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

describe.each(LANGUAGES)('keychain conflict in $code', ({ code, locale, m }) => {
  let bridge: Bridge;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    bridge = await startBridge();
    context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
    await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
    page = await context.newPage();
    await createVault(page, bridge.url, m);
  });
  afterAll(async () => {
    await context?.close();
    await bridge?.close();
  });

  it('keeps a foreign keychain key and warns after the passphrase opens the vault', async () => {
    await page.getByRole('button', { name: m.header.lock }).click();
    await page.getByRole('heading', { name: m.unlock.title }).waitFor();
    const vaultId = JSON.parse(readFileSync(join(bridge.dataDir, 'vault.key.json'), 'utf8'))
      .vaultId as string;
    const keychain = new KeytarKeyStore();
    // A key this vault never had, as the keychain holds when the folder was swapped under it.
    const foreign = randomBytes(32);
    await keychain.set(keychainAccount(vaultId), foreign);

    await page.getByRole('button', { name: m.unlock.keychainButton, exact: true }).click();
    await page.getByText(m.unlock.reason.wrongKey).waitFor();
    const field = page.getByLabel(m.unlock.passphrase, { exact: true });
    await field.fill(PASSPHRASE);
    await field.press('Enter');
    await page.getByText(m.notices.keychainConflict).waitFor();
    expect((await keychain.get(keychainAccount(vaultId)))!.equals(foreign)).toBe(true);
    expect(await captureScreen(page, 'keychain-conflict', code)).toEqual([]);
    // Put this vault's own key back so the bridge closes cleanly.
    await keychain.delete(keychainAccount(vaultId));
  });
});

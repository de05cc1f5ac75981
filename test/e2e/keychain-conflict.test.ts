// The keychain holds a key this vault never had (the vault.db in the folder is an older copy or
// a planted file): the passphrase opens the vault, the keychain entry is left as it is (it may be
// the only key to the real vault), and the window warns the consultant. An older copy of the data
// folder put back after an erasure: the window says the shredding was carried out again before
// it opened, the person is not in the caseload, and "use this copy on this computer" makes the
// keychain unlock it again. In da, nb and en, axe-clean, shot in light and dark.
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
import { captureScreen, inPage } from './page-checks';

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
    await page.getByRole('button', { name: m.header.lock, exact: true }).click();
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

  it('an older copy put back: the erasure since is carried out again, and the copy can be kept', async () => {
    // Ground: one programme and one person, in a fresh session (the test above left it open).
    await inPage(
      page,
      `window.vault['programmes.create']({ name: 'Forløb Kopi', funder: 'Jobcenter Vejle',
         country: 'DK', startsOn: '2026-01-01', endsOn: '2027-06-30' })
       .then((p) => window.vault['participants.create']({ givenName: 'Signe', familyName: 'Kopiqz',
         nationalId: { country: 'none' }, email: 'signe@example.dk', programmeId: p.value.id,
         enrolledOn: '2026-02-01' }))`,
    );
    const copy = mkdtempSync(join(tmpdir(), 'fortrolig-older-copy-'));
    const swap = (from: string, to: string) => {
      for (const f of readdirSync(to)) rmSync(join(to, f), { recursive: true, force: true });
      cpSync(from, to, { recursive: true });
    };
    try {
      // The copy is taken while locked, as an OS backup would.
      await page.getByRole('button', { name: m.header.lock, exact: true }).click();
      await page.getByRole('heading', { name: m.unlock.title }).waitFor();
      cpSync(bridge.dataDir, copy, { recursive: true });
      // The test above left no key in the keychain: the passphrase unlock stores this one.
      await page.getByRole('button', { name: m.unlock.usePassphrase }).click();
      const first = page.getByLabel(m.unlock.passphrase, { exact: true });
      await first.fill(PASSPHRASE);
      await first.press('Enter');
      await page.getByRole('button', { name: m.header.lock, exact: true }).waitFor();
      const erased = await inPage<{ ok: boolean }>(
        page,
        `window.vault['caseload.list']({ sort: 'name', offset: 0, limit: 200 }).then((r) => {
           const id = r.value.rows.find((x) => x.familyName === 'Kopiqz').id;
           return window.vault['retention.eraseParticipant']({ participantId: id,
             typedName: 'Signe Kopiqz', paper: 'none', reason: 'dataSubjectRequest' });
         })`,
      );
      expect(erased.ok).toBe(true);
      await page.getByRole('button', { name: m.header.lock, exact: true }).click();
      await page.getByRole('heading', { name: m.unlock.title }).waitFor();
      swap(copy, bridge.dataDir);

      await page.getByRole('button', { name: m.unlock.keychainButton, exact: true }).click();
      await page.getByText(m.unlock.reason.wrongKey).waitFor();
      const field = page.getByLabel(m.unlock.passphrase, { exact: true });
      await field.fill(PASSPHRASE);
      await field.press('Enter');
      const told = page.getByTestId('shreddings-reapplied');
      await told.getByText(m.continuity.olderCopy.reapplied_one).waitFor();
      await told.getByText(m.continuity.olderCopy.certificates_one, { exact: false }).waitFor();
      await page.getByText(m.notices.keychainConflict).waitFor();
      // Not in the caseload, not found by search.
      const rows = await inPage<{ value: { rows: { familyName: string }[] } }>(
        page,
        "window.vault['caseload.list']({ sort: 'name', offset: 0, limit: 200 })",
      );
      expect(rows.value.rows.map((r) => r.familyName)).not.toContain('Kopiqz');
      expect(
        await inPage<{ value: unknown[] }>(
          page,
          "window.vault['search.query']({ text: 'Kopiqz' })",
        ),
      ).toMatchObject({ value: [] });
      expect(await captureScreen(page, 'older-copy-reapplied', code)).toEqual([]);

      await page.getByRole('button', { name: m.continuity.olderCopy.keepKey }).click();
      await page.getByText(m.continuity.olderCopy.kept).waitFor();
      await page.getByRole('button', { name: m.header.lock, exact: true }).click();
      await page.getByRole('button', { name: m.unlock.keychainButton, exact: true }).click();
      await page.getByRole('button', { name: m.header.lock, exact: true }).waitFor();
      expect(await page.getByTestId('shreddings-reapplied').count()).toBe(0);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

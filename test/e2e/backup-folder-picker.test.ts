// The backup folder is picked with the OS folder dialog in the main process (here the bridge's
// picker seam answers it): the page shows the saved folder and what happened, sends no path, and
// a file picked instead of a folder is refused in words. In da, nb and en.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
import { createVault, launchChromium } from './caseload-pages';
import { inPage } from './page-checks';
import { openNav } from './retention-pages';

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

describe.each(LANGUAGES)('backup folder picker in $code', ({ locale, m }) => {
  const s = m.retention.settings;
  let bridge: Bridge;
  let folder: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'fortrolig-e2e-picked-'));
    bridge = await startBridge();
    context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
    await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
    page = await context.newPage();
    await createVault(page, bridge.url, m);
    await openNav(page, m.retention.nav.settings, s.title);
  });
  afterAll(async () => {
    await context?.close();
    await bridge?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('a file is refused in words; a folder is checked, saved and shown; backing up then works', async () => {
    const file = join(folder, 'not-a-folder.txt');
    writeFileSync(file, 'x');
    bridge.answerFolderPicker(file);
    await page.getByRole('button', { name: s.chooseFolder }).click();
    await page.getByText(s.folderOutcome.notAFolder).waitFor();
    expect(await page.locator('[data-backup-folder]').textContent()).toBe(s.noFolder);

    bridge.answerFolderPicker(folder);
    await page.getByRole('button', { name: s.chooseFolder }).click();
    await page.getByText(s.folderOutcome.chosen).waitFor();
    expect(await page.locator('[data-backup-folder]').textContent()).toBe(folder);

    // The page has no way to send a path: the old free-text field is gone from the contract.
    const sent = await inPage<{ ok: boolean; error?: { code: string } }>(
      page,
      "window.vault['backups.configure']({ folder: '/tmp/elsewhere', generations: 3 })",
    );
    expect(sent).toMatchObject({ ok: false, error: { code: 'validation' } });

    await page.getByRole('button', { name: s.backupNow }).click();
    await page.locator('.backups-table tbody tr').first().waitFor();
  });
});

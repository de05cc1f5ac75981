// What the consultant sees when the machine is the problem, in Danish, Norwegian and English:
// a really locked keyring on the unlock screen (locked through the Secret Service D-Bus API),
// and a really full disk (a small tmpfs, as root) while a note autosaves. Screenshots in light
// and dark at 1366×768, axe-clean.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { da } from '../../renderer/src/i18n/da';
import type { Messages } from '../../renderer/src/i18n/en';
import { en } from '../../renderer/src/i18n/en';
import { nb } from '../../renderer/src/i18n/nb';
import { installVaultScript } from '../bridge/install-vault';
import { startBridge, type Bridge } from '../bridge/server';
import {
  canLockPrivateKeyring,
  lockPrivateKeyring,
  unlockPrivateKeyring,
} from '../support/secret-service-lock';
import { tempDir } from '../support/temp-vault';
import {
  addParticipant,
  createProgramme,
  createVault,
  launchChromium,
  noteBody,
  waitSaved,
} from './caseload-pages';
import { captureScreen } from './page-checks';

const LANGUAGES: readonly { code: string; locale: string; m: Messages }[] = [
  { code: 'da', locale: 'da-DK', m: da },
  { code: 'nb', locale: 'nb-NO', m: nb },
  { code: 'en', locale: 'en-GB', m: en },
];

const CAN_MOUNT = process.getuid?.() === 0 && probeMount();

function probeMount(): boolean {
  const dir = tempDir('fortrolig-mount-probe-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes to `path` until the file system answers ENOSPC, to the last small block. */
function fillDisk(path: string): void {
  for (const size of [64 * 1024, 512]) {
    const fd = openSync(path, 'a');
    try {
      for (;;) writeSync(fd, Buffer.alloc(size, 0x5a));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
    } finally {
      closeSync(fd);
    }
  }
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function openPage(bridge: Bridge, locale: string) {
  const context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
  await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

describe.runIf(canLockPrivateKeyring).each(LANGUAGES)(
  'a locked keyring on the unlock screen in $code (private gnome-keyring, locked over D-Bus)',
  ({ code, locale, m }) => {
    let bridge: Bridge;
    let context: BrowserContext;
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      bridge = await startBridge();
      ({ context, page, errors } = await openPage(bridge, locale));
    });

    afterAll(async () => {
      // Never leave the run's shared keyring locked for the tests that follow.
      await unlockPrivateKeyring().catch(() => undefined);
      await context?.close();
      await bridge?.close();
    });

    it('says the keychain is locked and how to unlock it, offers the passphrase, and opens once unlocked', async () => {
      await createVault(page, bridge.url, m);
      await lockPrivateKeyring();
      try {
        await page.getByRole('button', { name: m.header.lock, exact: true }).click();
        await page.getByRole('heading', { name: m.unlock.title }).waitFor();
        const keychainButton = page.getByRole('button', { name: m.unlock.keychainButton });
        const reason = page.getByText(m.unlock.reason.keychainLocked, { exact: true });
        // After a lock the screen may wait for the consultant to ask for the keychain.
        await Promise.race([
          reason.waitFor(),
          keychainButton.waitFor().then(() => keychainButton.click()),
        ]);
        await reason.waitFor();
        expect(await page.getByText(m.unlock.reason.keychainEntryMissing).count()).toBe(0);
        await page.getByLabel(m.unlock.passphrase, { exact: true }).waitFor();
        await page.getByRole('button', { name: m.unlock.retryKeychain }).waitFor();
        expect(await captureScreen(page, 'unlock-keychain-locked', code)).toEqual([]);
      } finally {
        await unlockPrivateKeyring();
      }
      await page.getByRole('button', { name: m.unlock.retryKeychain }).click();
      await page.getByRole('heading', { name: m.caseload.title, level: 1 }).waitFor();
      expect(errors).toEqual([]);
    });
  },
);

describe.runIf(CAN_MOUNT).each(LANGUAGES)(
  'a full disk while a note autosaves in $code (root: a 12 MiB tmpfs, filled)',
  ({ code, locale, m }) => {
    let mountPoint: string;
    let bridge: Bridge;
    let context: BrowserContext;
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      mountPoint = tempDir('fortrolig-e2e-full-');
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=12m,mode=0700', 'tmpfs', mountPoint]);
      const dataDir = join(mountPoint, 'Fortrolig');
      mkdirSync(dataDir, { mode: 0o700 });
      bridge = await startBridge({ dataDir });
      ({ context, page, errors } = await openPage(bridge, locale));
    });

    afterAll(async () => {
      await context?.close();
      await bridge?.close();
      if (mountPoint) {
        try {
          execFileSync('umount', [mountPoint]);
        } catch {
          execFileSync('umount', ['-l', mountPoint]);
        }
        rmSync(mountPoint, { recursive: true, force: true });
      }
    });

    it('says the disk is full and what to do, keeps the text, and saves once there is room', async () => {
      await createVault(page, bridge.url, m);
      await createProgramme(page, m, {
        name: 'Jobsøgning forår',
        funder: 'Jobcenter Odense',
        country: 'DK',
        startsOn: '2026-01-05',
        endsOn: '2026-12-18',
      });
      await addParticipant(page, m, {
        givenName: 'Åse',
        familyName: 'Ærø',
        cpr: '070761-4285',
        email: 'aase@example.dk',
      });
      await noteBody(page, m).fill('Første samtale om CV og ansøgninger.');
      await waitSaved(page, m);

      const filler = join(mountPoint, 'filler');
      fillDisk(filler);
      const words = Array.from({ length: 9000 }, (_, i) => `ansøgning${i}`).join(' ');
      const text = `Første samtale om CV og ansøgninger. ${words}`.slice(0, 90_000);
      await noteBody(page, m).fill(text);
      const message = page.locator('[data-state="error"]').filter({ hasText: m.errors.diskFull });
      await message.waitFor({ timeout: 15_000 });
      expect(await message.textContent()).toContain(m.sessionNotes.status.error);
      expect(await noteBody(page, m).inputValue()).toBe(text);
      expect(await captureScreen(page, 'note-disk-full', code)).toEqual([]);

      rmSync(filler);
      await page.getByRole('button', { name: m.sessionNotes.retry, exact: true }).click();
      await waitSaved(page, m);
      expect(errors).toEqual([]);
    });
  },
);

// Hostile content (markup, <script>, javascript: links, 1 MB of text) renders inert, RTL overrides
// in names are refused
// and never breaks a screen; and a 10,000-participant caseload scrolls to its last row.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { installVaultScript } from '../bridge/install-vault';
import { startBridge, type Bridge } from '../bridge/server';
import {
  createVault,
  launchChromium,
  noteBody,
  openCaseload,
  overflowsHorizontally,
  waitSaved,
} from './caseload-pages';
import { minimalPdf } from './fixtures';
import { captureScreen, inPage } from './page-checks';

const m = en;
const RLO = '\u202E';
const GIVEN = '<img src=x onerror=alert(1)>';
// Direction controls are refused in names and file names (main/domain/text.ts); markup is not.
const FAMILY = `evil${'W'.repeat(150)} <script>alert(2)</script>`;
const FILE_NAME = `"><script>alert(3)</script>fdp.exe.pdf`;
const LINKS =
  '[click](javascript:alert(4)) <a href="javascript:alert(5)">x</a> javascript:alert(6)';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('one vault, hostile and large', () => {
  let bridge: Bridge;
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    bridge = await startBridge();
    context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });
    await context.addInitScript(installVaultScript({ token: bridge.token, withHostEvents: true }));
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    await createVault(page, bridge.url, m);
  });

  afterAll(async () => {
    await context?.close();
    await bridge?.close();
  });

  it('a hostile participant, note and file name render as inert text', async () => {
    const input = JSON.stringify({ givenName: GIVEN, familyName: FAMILY });
    // A right-to-left override in a name is refused (integration tests cover people and files).
    const refused = await inPage<string>(
      page,
      `window.vault['programmes.create']({ name: 'Prog ${RLO}gpj.exe', funder: 'F', country: 'DK',
         startsOn: '2026-01-01', endsOn: '2026-12-31' }).then((r) => (r.ok ? 'ok' : r.error.code))`,
    );
    expect(refused).toBe('directionControl');
    await inPage(
      page,
      `window.vault['programmes.create']({ name: '<b>Prog</b>', funder: 'javascript:alert(7)',
         country: 'DK', startsOn: '2026-01-01', endsOn: '2026-12-31' }).then((p) =>
       window.vault['participants.create']({ ...${input}, nationalId: { country: 'none' },
         email: 'x@example.dk', programmeId: p.value.id, enrolledOn: '2026-01-02' }))`,
    );
    await openCaseload(page, m);
    await page.getByRole('button', { name: m.nav.programmes }).click();
    await openCaseload(page, m);
    const row = page.locator('.row-open').first();
    await row.waitFor();
    expect(await row.textContent()).toContain(GIVEN);
    expect(await overflowsHorizontally(page)).toBe(false);
    await captureScreen(page, 'hostile-caseload', 'en').then((f) => expect(f).toEqual([]));
    await row.click();
    await page.locator('h1.participant-name').filter({ hasText: GIVEN }).waitFor();

    // A note at the vault's limit, full of markup and javascript: links, saved and locked.
    const body = `${LINKS}\n<script>alert(8)</script>${RLO}\n${'x'.repeat(50_000)} ${'ø'.repeat(49_000)}`;
    await noteBody(page, m).fill(body.slice(0, 100_000));
    await waitSaved(page, m);
    await page.getByRole('button', { name: m.sessionNotes.lock }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: m.sessionNotes.lockConfirm })
      .click();
    const note = page.locator('article.note').first();
    await note.locator('.badge-locked').waitFor();
    await note.getByRole('button', { name: m.sessionNotes.showAll }).click();
    expect(await note.locator('a, script, img').count()).toBe(0);

    await page.locator('input[type=file]').setInputFiles({
      name: FILE_NAME,
      mimeType: 'application/pdf',
      buffer: minimalPdf('hostile'),
    });
    const doc = page.locator('.document').first();
    await doc.waitFor();
    expect(await doc.textContent()).toContain('<script>alert(3)</script>');
    await doc.getByRole('button', { name: m.documents.view }).click();
    await page.locator('dialog iframe.viewer-frame').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: m.common.close }).click();

    expect(await page.locator('main script, main img').count()).toBe(0);
    await note.getByRole('button', { name: m.sessionNotes.showLess }).click();
    expect(await overflowsHorizontally(page)).toBe(false);
    await captureScreen(page, 'hostile-participant', 'en').then((f) => expect(f).toEqual([]));
  });

  it('1 MB pasted into the editor is refused with the text kept on screen', async () => {
    await page.keyboard.press('Alt+n');
    const megabyte = `${'javascript:alert(9) '.repeat(50_000)}`;
    await noteBody(page, m).fill(megabyte);
    await page.locator('[data-state="error"]').waitFor();
    expect(await noteBody(page, m).inputValue()).toHaveLength(megabyte.length);
    expect(await overflowsHorizontally(page)).toBe(false);
    await noteBody(page, m).fill('');
  });

  it('search shows hostile names as text', async () => {
    await page.keyboard.press('Control+k');
    await page.keyboard.type('evil');
    const hit = page.locator('.search-hit').first();
    await hit.waitFor();
    expect(await hit.locator('img, script').count()).toBe(0);
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.keyboard.press('Escape');
  });

  it('scrolls 10,000 participants to the last row, rendering only a window of them', async () => {
    bridge.seedCaseload(10_000);
    await openCaseload(page, m);
    await page.getByText(m.caseload.total_other.replace('{{n}}', '10,001')).waitFor();
    const table = page.getByRole('table', { name: m.caseload.tableLabel });
    expect(await table.getAttribute('aria-rowcount')).toBe('10002');
    const started = Date.now();
    await inPage(
      page,
      "(() => { const s = document.querySelector('.vscroll'); s.scrollTop = s.scrollHeight; })()",
    );
    // The last row by name sort (æ, ø and the hostile RTL name sort after z), loaded and shown.
    const last = page.locator('.vscroll [role=row][aria-rowindex="10002"] .row-open');
    await last.waitFor();
    const elapsed = Date.now() - started;
    expect((await last.textContent())?.length).toBeGreaterThan(3);
    // Windowed: a screenful plus overscan, not ten thousand rows.
    expect(await page.locator('.vscroll [role=row]').count()).toBeLessThan(60);
    expect(elapsed).toBeLessThan(3000);
    await captureScreen(page, 'caseload-10k', 'en').then((f) => expect(f).toEqual([]));
  });

  it('nothing executed and nothing failed', () => {
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});

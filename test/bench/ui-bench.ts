// `npm run bench:ui`: the built renderer in Chromium, through the test bridge, on a keyed bench
// vault (10,000 participants, 200,000 notes; --quick: 300 and 3,000 for CI). Times what the
// consultant feels (issue 12's table) and prints one JSON line, then a table. Nothing is asserted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FULL_CASELOAD, QUICK_CASELOAD } from '../../main/cli/bench-caseload';
import { pct, round } from '../../main/cli/bench-stats';
import { seedCaseload } from '../../main/cli/seed-caseload';
import { keychainAccount } from '../../main/vault/key-store';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { Vault } from '../../main/vault/vault';
import { en } from '../../renderer/src/i18n/en';
import { BRIDGE_BINDING, installVaultScript } from '../bridge/install-vault';
import { startBridge } from '../bridge/server';
import { launchChromium, noteBody, PASSPHRASE } from '../e2e/caseload-pages';
import {
  ARM_EDITOR_TIMER,
  armSearchTimer,
  clickUntil,
  PAINT_HELPERS,
  scrollCaseload,
  timeChannel,
} from './ui-probes';

const quick = process.argv.includes('--quick');
const size = quick ? QUICK_CASELOAD : FULL_CASELOAD;
const RUNS = quick ? 3 : 7;
const m = en;
const ROW_HEIGHT = 52; // renderer/src/components/VirtualCaseload.tsx
const WORDS = ['jobsøgning', 'samtale', 'økonomi', 'intervju', 'praktik', 'kørekort', 'Bergen'];

type Figure = { p50: number; p95: number; max: number; runs: number };
const figure = (xs: number[]): Figure => ({
  p50: pct(xs, 50),
  p95: pct(xs, 95),
  max: round(Math.max(...xs)),
  runs: xs.length,
});

const ROWS = {
  unlockToRows: 'unlock click → first caseload rows painted (ms)',
  openAfterUnlock: 'open a participant right after unlock (ms)',
  retentionDue: 'retention.due round trip (ms)',
  retentionDueCore: '  the same, in the core (no bridge transport) (ms)',
  openParticipant: 'open a participant → notes painted (ms)',
  searchKeystroke: 'global search, last keystroke → results painted (ms)',
  searchQuery: 'search.query alone, 1–3 letters (ms)',
  searchQueryCore: '  the same, in the core (no bridge transport) (ms)',
  bridgeRoundTrip: '  bridge transport alone: vault.status (ms)',
  scrollFrame: 'caseload scroll, 10 rows/frame: frame interval (ms)',
  scrollPageFetch: 'caseload scroll: page fetch (ms)',
  editorKeystroke: 'note editor keystroke → paint, autosave running (ms)',
} as const;

/** A keyed vault in a fresh folder, seeded in bulk (synchronous=OFF while seeding only). */
async function benchVault(
  dataDir: string,
): Promise<{ seedSeconds: number; optimizeSeconds: number; vaultId: string }> {
  const vault = new Vault({ dataDir, keyStore: new KeytarKeyStore(), kdfCost: quickKdf });
  const { keychain } = await vault.create(PASSPHRASE);
  if (keychain !== 'stored') throw new Error('bench:ui needs a keychain (scripts/with-keyring.sh)');
  const start = performance.now();
  vault.db.exec('PRAGMA synchronous = OFF');
  seedCaseload(vault.db, { ...size, marker: 'BENCHMARK' }, new Date('2026-11-01T09:00:00Z'));
  vault.db.exec('PRAGMA synchronous = FULL');
  const seedSeconds = round((performance.now() - start) / 1000);
  // The search index as the app keeps it: every shredding ends with FTS5's optimize
  // (retention/shred.ts), which merges the index into one segment. Bulk seeding leaves hundreds.
  const optimizeStart = performance.now();
  vault.db.exec("INSERT INTO search_index (search_index) VALUES ('optimize')");
  const optimizeSeconds = round((performance.now() - optimizeStart) / 1000);
  vault.db.pragmaValue('wal_checkpoint(TRUNCATE)');
  const vaultId = vault.vaultId()!;
  vault.lock();
  return { seedSeconds, optimizeSeconds, vaultId };
}
const quickKdf = { N: 2 ** 14, r: 8, p: 1 } as const;

async function lockAndUnlock(page: Page): Promise<{ rows: number; open: number }> {
  await page.getByRole('button', { name: m.header.lock }).click();
  await page.getByRole('button', { name: m.unlock.keychainButton }).waitFor();
  const unlockButton = `button.button-primary`;
  const rows = await page.evaluate<number>(
    clickUntil(unlockButton, "!!document.querySelector('.row-open')"),
  );
  // At once, while the unlock's own calls (the due list, the first page) may still be running.
  const open = await page.evaluate<number>(
    clickUntil('.row-open', "!!document.querySelector('h1.participant-name')"),
  );
  await backToCaseload(page);
  return { rows, open };
}

async function backToCaseload(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: m.nav.caseload }).click();
  await page.locator('.row-open').first().waitFor();
}

async function openParticipant(page: Page, index: number): Promise<{ ms: number; notes: number }> {
  const ms = await page.evaluate<number>(
    clickUntil(
      `.row-open[data-index="${index}"]`,
      "!!document.querySelector('h1.participant-name') && document.querySelectorAll('article.note').length > 0",
    ),
  );
  const notes = await page.locator('article.note').count();
  await backToCaseload(page);
  return { ms, notes };
}

async function searchKeystroke(page: Page, word: string): Promise<number> {
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(word.slice(0, -1), { delay: 60 });
  await page.evaluate(armSearchTimer(m.nav.searching));
  await page.keyboard.press(word.slice(-1));
  const ms = await page.evaluate<number>('window.__benchSearch');
  await page.keyboard.press('Escape');
  return ms;
}

async function editorKeystrokes(page: Page, count: number): Promise<number[]> {
  await page.locator('.row-open').first().click();
  await noteBody(page, m).click();
  await page.evaluate(ARM_EDITOR_TIMER);
  // 8 characters a second, a brisk typist: autosave (800 ms after the last key) runs in pauses.
  for (let i = 0; i < count; i++) {
    await page.keyboard.type('Samtale om jobsøgning. '[i % 23]!);
    await page.waitForTimeout(i % 20 === 19 ? 1000 : 125);
  }
  const times = await page.evaluate<number[]>('window.__benchKeys');
  await backToCaseload(page);
  return times;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fortrolig-bench-ui-'));
  const keyStore = new KeytarKeyStore();
  let vaultId: string | null = null;
  const browser = await launchChromium();
  try {
    const seeded = await benchVault(dataDir);
    const { seedSeconds, optimizeSeconds } = seeded;
    vaultId = seeded.vaultId;
    const bridge = await startBridge({ dataDir });
    const context = await browser.newContext({
      locale: 'en-GB',
      viewport: { width: 1366, height: 768 },
    });
    // Calls travel over a page binding, not a fetch per call: half the harness's own cost (see
    // installVaultScript's transport), so the rows measure the app.
    await context.exposeBinding(BRIDGE_BINDING, (_source, channel: string, input: string) =>
      bridge.callJson(channel, input),
    );
    await context.addInitScript(installVaultScript({ token: bridge.token, transport: 'binding' }));
    await context.addInitScript(PAINT_HELPERS);
    const page = await context.newPage();
    await page.goto(bridge.url);
    await page.locator('.row-open').first().waitFor({ timeout: 120_000 });

    const t: Record<keyof typeof ROWS, number[]> = {
      unlockToRows: [],
      openAfterUnlock: [],
      retentionDue: [],
      retentionDueCore: [],
      openParticipant: [],
      searchKeystroke: [],
      searchQuery: [],
      searchQueryCore: [],
      bridgeRoundTrip: [],
      scrollFrame: [],
      scrollPageFetch: [],
      editorKeystroke: [],
    };
    let notesSeen = 0;
    let blankFrames = 0;
    let maxBlankRows = 0;
    let droppedFrames = 0;
    let frames = 0;
    for (let r = 0; r < RUNS; r++) {
      const { rows, open } = await lockAndUnlock(page);
      t.unlockToRows.push(rows);
      t.openAfterUnlock.push(open);
      t.retentionDue.push(await page.evaluate<number>(timeChannel('retention.due', {})));
      t.retentionDueCore.push(await bridge.timeInCore('retention.due', {}));
      const opened = await openParticipant(page, (r * 3) % 12);
      t.openParticipant.push(opened.ms);
      notesSeen += opened.notes;
      // Every word each run: one sample a run made the p95 of seven runs their maximum.
      for (const word of WORDS) t.searchKeystroke.push(await searchKeystroke(page, word));
      for (const word of WORDS)
        for (const n of [1, 2, 3]) {
          const input = { text: word.slice(0, n), limit: 20 };
          t.searchQuery.push(await page.evaluate<number>(timeChannel('search.query', input)));
          t.searchQueryCore.push(await bridge.timeInCore('search.query', input));
          t.bridgeRoundTrip.push(await page.evaluate<number>(timeChannel('vault.status', {})));
        }
      // A fresh list each run (the page cache starts empty), scrolled from the top.
      await page.getByRole('navigation').getByRole('button', { name: m.nav.programmes }).click();
      await backToCaseload(page);
      const s = await page.evaluate<{ intervals: number[]; blanks: number[]; fetches: number[] }>(
        scrollCaseload(quick ? 40 : 120, 10, ROW_HEIGHT),
      );
      t.scrollFrame.push(...s.intervals);
      t.scrollPageFetch.push(...s.fetches);
      frames += s.intervals.length;
      blankFrames += s.blanks.filter((b) => b > 0).length;
      maxBlankRows = Math.max(maxBlankRows, ...s.blanks);
      // A frame longer than 1.5 vsyncs (60 Hz) drops the ones it covers.
      droppedFrames += s.intervals.reduce((n, i) => n + Math.max(0, Math.round(i / 16.7) - 1), 0);
    }
    t.editorKeystroke.push(...(await editorKeystrokes(page, quick ? 20 : 60)));

    const figures = Object.fromEntries(
      Object.entries(t).map(([k, xs]) => [k, xs.length ? figure(xs) : null]),
    ) as Record<keyof typeof ROWS, Figure | null>;
    const scroll = {
      framesShowingBlankRowsPct: round((100 * blankFrames) / frames),
      maxBlankRows,
      droppedFramesPct: round((100 * droppedFrames) / (frames + droppedFrames)),
    };
    const result = {
      bench: 'fortrolig-ui',
      quick,
      size: { participants: size.participants, notes: size.notes, documents: size.documents },
      seedSeconds,
      optimizeSeconds,
      meanNotesPerOpenedParticipant: round(notesSeen / RUNS),
      rows: figures,
      scroll,
    };
    console.log(JSON.stringify(result));
    console.log(table(figures, scroll));
    await context.close();
    await bridge.close();
  } finally {
    await browser.close();
    if (vaultId) await keyStore.delete(keychainAccount(vaultId)).catch(() => false);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function table(
  figures: Record<keyof typeof ROWS, Figure | null>,
  scroll: { framesShowingBlankRowsPct: number; maxBlankRows: number; droppedFramesPct: number },
): string {
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const lines = [
    `${'interaction'.padEnd(56)}${pad('p50', 9)}${pad('p95', 9)}${pad('max', 9)}${pad('runs', 6)}`,
  ];
  for (const [key, label] of Object.entries(ROWS)) {
    const f = figures[key as keyof typeof ROWS];
    lines.push(
      `${label.padEnd(56)}${pad(f?.p50 ?? '-', 9)}${pad(f?.p95 ?? '-', 9)}${pad(f?.max ?? '-', 9)}${pad(f?.runs ?? 0, 6)}`,
    );
  }
  lines.push(
    `caseload scroll: ${scroll.framesShowingBlankRowsPct} % of frames show blank rows (max ${scroll.maxBlankRows}), ${scroll.droppedFramesPct} % dropped frames`,
  );
  return lines.join('\n');
}

await main();

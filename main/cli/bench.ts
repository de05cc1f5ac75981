// `vault bench`: keyed vault beside an unkeyed database, same workload, same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNote } from '../domain/notes';
import type { Database } from '../vault/database';
import { KeytarKeyStore } from '../vault/keytar-key-store';
import { migrate } from '../vault/migrate';
import { openSqlCipher } from '../vault/sqlcipher-driver';
import { Vault, configureConnection } from '../vault/vault';
import { seedNoteText, seededRandom } from './seed-text';

export type BenchOptions = Readonly<{ seedNotes: number; opens: number; inserts: number }>;
export const DEFAULT_BENCH: BenchOptions = { seedNotes: 5000, opens: 15, inserts: 1000 };

type Side = { openToFirstQueryMs: number; insertP50Ms: number; insertP99Ms: number };
export type BenchResult = Readonly<{
  bench: 'vault-skeleton';
  unlockVia: 'keychain';
  seedNotes: number;
  opens: number;
  inserts: number;
  keyed: Side;
  unkeyed: Side;
  ratio: Side;
}>;

export async function runBench(options: BenchOptions = DEFAULT_BENCH): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'fortrolig-bench-'));
  const keyStore = new KeytarKeyStore();
  const vault = new Vault({ dataDir: join(dir, 'keyed'), keyStore });
  try {
    const { keychain } = await vault.create('benchmark passphrase, thrown away');
    if (keychain !== 'stored')
      throw new Error('bench needs the OS keychain (run inside scripts/with-keyring.sh on Linux)');
    seed(vault.db, options.seedNotes);
    vault.lock();
    const plainPath = join(dir, 'unkeyed.db');
    const plain = openSqlCipher(plainPath, null);
    configureConnection(plain);
    migrate(plain);
    seed(plain, options.seedNotes);
    plain.close();

    const keyedOpen = await timeRepeated(options.opens, async () => {
      const fresh = new Vault({ dataDir: join(dir, 'keyed'), keyStore });
      await fresh.unlock();
      fresh.db.prepare('SELECT count(*) AS n FROM notes').get();
      fresh.lock();
    });
    const plainOpen = await timeRepeated(options.opens, async () => {
      const db = openSqlCipher(plainPath, null);
      configureConnection(db);
      migrate(db);
      db.prepare('SELECT count(*) AS n FROM notes').get();
      db.close();
    });

    await vault.unlock();
    const keyedInsert = await timeInserts(vault.db, options.inserts);
    vault.lock();
    const db = openSqlCipher(plainPath, null);
    configureConnection(db);
    const plainInsert = await timeInserts(db, options.inserts);
    db.close();

    const keyed = {
      openToFirstQueryMs: median(keyedOpen),
      insertP50Ms: pct(keyedInsert, 50),
      insertP99Ms: pct(keyedInsert, 99),
    };
    const unkeyed = {
      openToFirstQueryMs: median(plainOpen),
      insertP50Ms: pct(plainInsert, 50),
      insertP99Ms: pct(plainInsert, 99),
    };
    return {
      bench: 'vault-skeleton',
      unlockVia: 'keychain',
      ...options,
      keyed,
      unkeyed,
      ratio: {
        openToFirstQueryMs: ratio(keyed.openToFirstQueryMs, unkeyed.openToFirstQueryMs),
        insertP50Ms: ratio(keyed.insertP50Ms, unkeyed.insertP50Ms),
        insertP99Ms: ratio(keyed.insertP99Ms, unkeyed.insertP99Ms),
      },
    };
  } finally {
    vault.lock();
    const id = vault.vaultId();
    if (id) await keyStore.delete(`vault:${id}`).catch(() => false);
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatBench(r: BenchResult): string {
  const row = (label: string, k: number, u: number, x: number) =>
    `${label.padEnd(38)}${k.toFixed(2).padStart(10)}${u.toFixed(2).padStart(10)}${x.toFixed(2).padStart(8)}×`;
  return [
    `Fortrolig vault bench — ${r.seedNotes} seeded notes, ${r.opens} opens, ${r.inserts} inserts`,
    `${''.padEnd(38)}${'keyed'.padStart(10)}${'unkeyed'.padStart(10)}${'ratio'.padStart(9)}`,
    row(
      'open + keychain unlock → first query ms',
      r.keyed.openToFirstQueryMs,
      r.unkeyed.openToFirstQueryMs,
      r.ratio.openToFirstQueryMs,
    ),
    row('note insert p50 ms', r.keyed.insertP50Ms, r.unkeyed.insertP50Ms, r.ratio.insertP50Ms),
    row('note insert p99 ms', r.keyed.insertP99Ms, r.unkeyed.insertP99Ms, r.ratio.insertP99Ms),
  ].join('\n');
}

function seed(db: Database, n: number): void {
  const random = seededRandom(42);
  const at = new Date('2026-01-05T09:00:00Z');
  for (let start = 0; start < n; start += 1000) {
    db.transaction(() => {
      for (let i = start; i < Math.min(n, start + 1000); i++)
        createNote(db, seedNoteText(i, random), at);
    });
  }
}

async function timeRepeated(n: number, fn: () => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times;
}

async function timeInserts(db: Database, n: number): Promise<number[]> {
  const random = seededRandom(7);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const body = seedNoteText(i, random);
    const t0 = performance.now();
    createNote(db, body, new Date());
    times.push(performance.now() - t0);
  }
  return times;
}

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
}

function median(values: number[]): number {
  return pct(values, 50);
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : round(a / b);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

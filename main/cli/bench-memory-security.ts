// `vault bench`, memory security off: unlock → first query and a close-out on a vault seeded
// exactly like the main bench's, in a child process of its own. SQLCipher's
// cipher_memory_security is process-wide and one-way (once any connection turns it on it stays
// on), so "off" cannot be measured in the process that measures "on".
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keychainAccount } from '../vault/key-store';
import { KeytarKeyStore } from '../vault/keytar-key-store';
import { openSqlCipherWith } from '../vault/sqlcipher-driver';
import { Vault } from '../vault/vault';
import type { CaseloadBenchSize } from './bench-caseload';
import { pct, timeRepeated } from './bench-stats';
import { seedCaseload } from './seed-caseload';
import { timeCloseOut, type CloseOutFigure } from './bench-close-out';

/** What one setting costs: p50 of unlock (keychain) → first query → lock, and a close-out. */
export type MemorySecurityFigures = Readonly<{
  /** PRAGMA cipher_memory_security as the connection reported it (1 on, 0 off). */
  reported: number;
  openToFirstQueryMs: number;
  closeOut: CloseOutFigure;
}>;

type ChildArgs = Readonly<{ opens: number; caseload: CaseloadBenchSize }>;

/**
 * Runs the "off" measurement in a child Node process (same loader flags as this one) and
 * returns its figures. @throws Error if the child fails or answers nothing.
 */
export function measureMemorySecurityOffInChild(args: ChildArgs): Promise<MemorySecurityFigures> {
  const script = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, script, JSON.stringify(args)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) {
        reject(new Error(`memory-security-off bench child exited ${code}`));
      } else resolve(JSON.parse(last) as MemorySecurityFigures);
    });
  });
}

/** Seeds, then measures opens and a close-out through `vault` (opened by the caller's driver). */
export async function measureVault(
  vault: Vault,
  dataDir: string,
  args: ChildArgs,
  open: (dir: string) => Vault,
): Promise<MemorySecurityFigures> {
  await vault.create('benchmark passphrase, thrown away');
  seedCaseload(
    vault.db,
    { ...args.caseload, marker: 'BENCHMARK' },
    new Date('2026-11-01T09:00:00Z'),
  );
  vault.db.pragmaValue('wal_checkpoint(TRUNCATE)');
  const reported = Number(vault.db.pragmaValue('cipher_memory_security'));
  vault.lock();
  const opens = await timeRepeated(args.opens, async () => {
    const fresh = open(dataDir);
    await fresh.unlock();
    fresh.db.prepare('SELECT count(*) AS n FROM participants').get();
    fresh.lock();
  });
  await vault.unlock();
  const closeOut = await timeCloseOut(vault);
  vault.lock();
  return { reported, openToFirstQueryMs: pct(opens, 50), closeOut };
}

async function childMain(json: string): Promise<void> {
  const args = JSON.parse(json) as ChildArgs;
  const dir = mkdtempSync(join(tmpdir(), 'fortrolig-bench-msec-off-'));
  const keyStore = new KeytarKeyStore();
  const openDatabase = openSqlCipherWith({ memorySecurity: false });
  const open = (dataDir: string) => new Vault({ dataDir, keyStore, openDatabase });
  const vault = open(dir);
  try {
    const figures = await measureVault(vault, dir, args, open);
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    vault.lock();
    const id = vault.vaultId();
    if (id) await keyStore.delete(keychainAccount(id)).catch(() => false);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await childMain(process.argv[2] ?? '{}');
}

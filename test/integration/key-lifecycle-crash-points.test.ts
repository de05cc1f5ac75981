// Every durable write of two consecutive shreddings (a programme close-out, then a participant
// erasure, with a lock and an unlock between), crashed at and failed at, alone and as one crash
// followed by up to two failing writes: every resulting state opens with the keychain or the
// passphrase, shows the same data, and after the next successful unlock holds no old key in
// the key file or the keychain. Real SQLCipher files, the real keychain.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeOutProgramme } from '../../main/retention/close-out';
import { eraseParticipant } from '../../main/retention/erase-participant';
import { finishShredding } from '../../main/retention/shred';
import { replaceBackupsAfterShredding, takeBackup } from '../../main/retention/backups';
import { ledgerHeadAccount, reconcileLedger } from '../../main/retention/shred-ledger';
import type { DurablePoint } from '../../main/vault/durable';
import { toEnvironmentError } from '../../main/vault/environment-errors';
import { VaultError } from '../../main/vault/errors';
import { readKeyFile, unwrapKeys } from '../../main/vault/key-file';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import type { Logger } from '../../main/vault/logger';
import { openSqlCipherWith, routeDriverLog } from '../../main/vault/sqlcipher-driver';
import { Vault } from '../../main/vault/vault';
import {
  CrashSignal,
  FaultPlan,
  MirroredKeyStore,
  restoreFiles,
  snapshotFiles,
  type Counter,
  type Directive,
  type KeychainSnapshot,
} from '../support/fault-plan';
import { TEST_PASSPHRASE, removeDir, tempDir } from '../support/temp-vault';

/** scrypt at its floor N with r=1 (2 MiB): thousands of cases each open the recovery copy. */
const TEST_KDF = { N: 2 ** 14, r: 1, p: 1 } as const;
/**
 * cipher_memory_security off in this test process: it wipes and mlocks every SQLite
 * allocation (keys-gone-from-memory.test.ts proves it), which is beside the point here and
 * would multiply the cost of thousands of cases. Same SQLCipher 4 files otherwise.
 */
const openDatabase = openSqlCipherWith({ memorySecurity: false });
import { NOW, twoProgrammes, type Marked } from '../support/two-programmes';

const keychain = new MirroredKeyStore(new KeytarKeyStore());
// Thousands of unlocks and refusals: their log lines are not what this test reads.
const logger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
routeDriverLog(logger);
let root: string;
let template: string;
let vaultId: string;
let marked: Marked;
let templateKey: Buffer;

function paths(caseDir: string) {
  return { data: join(caseDir, 'data'), backups: join(caseDir, 'backups') };
}

/** The template every case starts from: a vault with two programmes and a backup, locked. */
async function makeTemplate(): Promise<void> {
  // On tmpfs where there is one: thousands of cases, each with several fsyncs.
  root = existsSync('/dev/shm') ? mkdtempSync('/dev/shm/fortrolig-crash-points-') : tempDir();
  template = join(root, 'template');
  const p = paths(template);
  mkdirSync(p.backups, { recursive: true });
  const vault = new Vault({
    dataDir: p.data,
    keyStore: keychain,
    kdfCost: TEST_KDF,
    openDatabase,
    logger,
  });
  vaultId = (await vault.create(TEST_PASSPHRASE)).vaultId;
  marked = twoProgrammes(vault.db, 2, 1);
  takeBackup(vault, p.backups, new Date('2026-11-20T08:00:00Z'));
  vault.lock();
  await keychain.sync(vaultId);
  templateKey = keychain.peek(vaultId).current!;
}

afterAll(() => removeDir(root));

/** One simulated app session after another until both shreddings are done (bounded). */
async function runCase(directives: ReadonlyMap<number, Directive>): Promise<{
  trace: DurablePoint[];
  caseDir: string;
}> {
  const caseDir = join(root, 'case');
  removeDir(caseDir);
  const p = paths(caseDir);
  restoreFiles(template, p.data, p.backups);
  await keychain.put(vaultId, { current: templateKey, next: null });

  const counter: Counter = { n: 0, trace: [] };
  const snap = join(root, 'snap');
  const onCrash = () => {
    removeDir(snap);
    snapshotFiles(p.data, p.backups, snap);
    return undefined;
  };
  let crashedKeychain: KeychainSnapshot | null = null;
  const crash = () => {
    onCrash();
    crashedKeychain = keychain.peek(vaultId);
  };
  const plan = new FaultPlan(counter, directives, crash);
  let at = new Date('2026-11-22T12:00:00Z');
  const now = () => (at = new Date(at.getTime() + 60_000));

  for (let session = 0; session < 8; session++) {
    const vault = new Vault({
      dataDir: p.data,
      keyStore: keychain,
      kdfCost: TEST_KDF,
      openDatabase,
      logger,
      durable: plan,
    });
    const ctx = {
      vault,
      now,
      actor: 'KB',
      replaceBackups: async () => {
        replaceBackupsAfterShredding(vault, p.backups, now());
        return true;
      },
      backupsConfigured: () => true,
    };
    try {
      await unlockAsAConsultantWould(vault);
      await finishShredding(ctx);
      const a = vault.db
        .prepare('SELECT status FROM programmes WHERE id = ?')
        .get<{ status: string }>([marked.a]);
      if (a?.status !== 'closed') {
        const paper = Object.fromEntries(
          [...marked.onlyA, marked.shared].map((id) => [id, 'shredded' as const]),
        );
        await closeOutProgramme(ctx, {
          programmeId: marked.a,
          typedName: 'Forløb Alfa',
          paper,
          presetId: null,
        });
        vault.lock();
        continue; // the consultant locks and comes back: the unlock between the two shreddings
      }
      const b0 = vault.db
        .prepare('SELECT id FROM participants WHERE id = ?')
        .get([marked.onlyB[0]!]);
      if (b0) {
        await eraseParticipant(ctx, {
          participantId: marked.onlyB[0]!,
          paper: 'none',
          reason: 'dataSubjectRequest',
        });
      }
      vault.lock();
      return { trace: counter.trace, caseDir };
    } catch (err) {
      if (err instanceof CrashSignal) {
        // The process died: only what was on disk and in the keychain before that write remains.
        vault.lock();
        restoreFiles(snap, p.data, p.backups);
        await keychain.put(vaultId, crashedKeychain!);
        continue;
      }
      // An injected failure: the app says what happened (a typed error, as the IPC dispatch
      // reports it), the consultant locks and tries again.
      if (!(err instanceof VaultError) && !toEnvironmentError(err)) throw err;
      vault.lock();
    }
  }
  throw new Error('the shreddings did not complete within 8 sessions');
}

/** Keychain first; on a typed refusal the vault must be locked, then the passphrase. */
async function unlockAsAConsultantWould(vault: Vault): Promise<void> {
  try {
    await vault.unlock();
    return;
  } catch (err) {
    if (err instanceof CrashSignal) throw err;
    expect(err).toBeInstanceOf(VaultError);
    expect(vault.state()).not.toBe('unlocked');
  }
  try {
    await vault.unlockWithPassphrase(TEST_PASSPHRASE);
  } catch (err) {
    if (!(err instanceof CrashSignal)) expect(vault.state()).not.toBe('unlocked');
    throw err;
  }
}

/** After the faults: a clean unlock works, the data is right, and no old key is kept anywhere. */
async function checkFinalState(caseDir: string): Promise<void> {
  const p = paths(caseDir);
  const vault = new Vault({
    dataDir: p.data,
    keyStore: keychain,
    kdfCost: TEST_KDF,
    openDatabase,
    logger,
  });
  // The next successful unlock: keychain, or (if the keychain was left stale) the passphrase.
  try {
    await vault.unlock();
  } catch (err) {
    expect(vault.state()).not.toBe('unlocked');
    expect(err).toBeInstanceOf(VaultError);
    await vault.unlockWithPassphrase(TEST_PASSPHRASE);
  }
  // As every unlock does first (afterUnlock): the ledger never holds a shredding this copy
  // lacks (no crash can put it ahead of the vault), then the owed finishing.
  const ledger = await reconcileLedger({
    db: vault.db,
    vaultId,
    keyStore: keychain,
    durable: vault.durable,
    now: () => NOW,
  });
  expect(ledger.catchUp).toEqual({ shreddings: 0, people: 0, notReapplied: 0 });
  await finishShredding({ vault, now: () => NOW, actor: 'KB' });
  const has = (id: number) =>
    !!vault.db.prepare('SELECT 1 AS x FROM participants WHERE id = ?').get([id]);
  for (const id of marked.onlyA) expect(has(id)).toBe(false);
  expect(has(marked.onlyB[0]!)).toBe(false);
  expect(has(marked.onlyB[1]!)).toBe(true);
  expect(has(marked.shared)).toBe(true);
  expect(
    vault.db.prepare('SELECT count(*) AS n FROM deletion_records').get<{ n: number }>()!.n,
  ).toBe(2);
  const notesB1 = vault.db
    .prepare('SELECT count(*) AS n FROM notes WHERE participant_id = ?')
    .get<{ n: number }>([marked.onlyB[1]!])!.n;
  expect(notesB1).toBe(1);
  // The ledger in the keychain holds both records, each once.
  expect(JSON.parse((await keychain.getText(ledgerHeadAccount(vaultId)))!)).toMatchObject({
    v: 2,
    count: 2,
  });
  vault.lock();

  // Settled: the key file holds one key, the keychain holds it and nothing else, both open.
  await keychain.sync(vaultId);
  const { current, next } = keychain.peek(vaultId);
  expect(next).toBeNull();
  const file = readKeyFile(vault.paths.keyFile);
  expect(file.pending).toBeUndefined();
  const unwrapped = await unwrapKeys(file, TEST_PASSPHRASE);
  expect(unwrapped.pending).toBeNull();
  expect(current && unwrapped.current.equals(current)).toBe(true);
  expect(unwrapped.current.equals(templateKey)).toBe(false);
  await vault.unlock();
  vault.lock();
  await vault.unlockWithPassphrase(TEST_PASSPHRASE, false);
  vault.lock();
}

function describeCase(trace: readonly DurablePoint[], directives: ReadonlyMap<number, Directive>) {
  return [...directives]
    .map(([at, d]) => `${d} at #${at} ${trace[at] ?? '(beyond the clean run)'}`)
    .join(', then ');
}

// The clean run is made while the file is collected, so every case below is named after the
// durable writes it crashes at and fails (e.g. "crash before #14 rekey.keyFilePending").
await makeTemplate();
const CLEAN: readonly DurablePoint[] = (await runCase(new Map())).trace;

describe('the key lifecycle under crashes and failing writes', () => {
  it('runs clean: two shreddings with an unlock between, every durable write named', async () => {
    const { trace, caseDir } = await runCase(new Map());
    expect(trace).toEqual(CLEAN);
    expect(trace).toContain('rekey.database');
    expect(trace.filter((p) => p === 'shred.purge')).toHaveLength(2);
    await checkFinalState(caseDir);
  });

  describe.each(CLEAN.map((point, at) => ({ at, point })))('#$at $point', ({ at }) => {
    it('crashed before it, and failing instead of it: still opens, same data, no old key', async () => {
      const failures: string[] = [];
      for (const kind of ['crash', 'fail'] as const) {
        const directives = new Map([[at, kind]]);
        try {
          const { caseDir } = await runCase(directives);
          await checkFinalState(caseDir);
        } catch (err) {
          failures.push(`${describeCase(CLEAN, directives)}: ${(err as Error).message}`);
        }
      }
      expect(failures).toEqual([]);
    });

    // Then every later write failing, alone or with a second later write failing. By default the
    // second failure is the write right after the first (a disk that stays full, a keychain that keeps
    // refusing): about 1,400 cases, a few minutes. FORTROLIG_FULL_MATRIX=1 pairs every later write
    // with every one after it (about 10,000 cases, about 40 minutes on this machine).
    it('crashed before it, then up to two later writes failing', async () => {
      const full = process.env.FORTROLIG_FULL_MATRIX === '1';
      const failures: string[] = [];
      const probe = await runCase(new Map([[at, 'crash']]));
      const total = probe.trace.length;
      for (let j = at + 1; j < total; j++) {
        const last = full ? total - 1 : Math.min(j + 1, total - 1);
        for (let k = j; k <= last; k++) {
          const directives = new Map<number, Directive>([
            [at, 'crash'],
            [j, 'fail'],
          ]);
          if (k > j) directives.set(k, 'fail');
          try {
            const { caseDir } = await runCase(directives);
            await checkFinalState(caseDir);
          } catch (err) {
            failures.push(`${describeCase(probe.trace, directives)}: ${(err as Error).message}`);
          }
        }
      }
      expect(failures).toEqual([]);
    }, 1_800_000);
  });
});

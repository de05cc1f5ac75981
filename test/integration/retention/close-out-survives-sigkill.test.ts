// SIGKILL at random points of a close-out, 20 trials: the vault is wholly before or wholly after,
// both integrity checks pass, and a retried close-out completes.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDeletionRecords, verifyChain } from '../../../main/retention/certificates';
import { shredPending } from '../../../main/retention/purge';
import { runIntegrityChecks } from '../../../main/vault/integrity';
import { keychainAccount } from '../../../main/vault/key-store';
import { KeytarKeyStore } from '../../../main/vault/keytar-key-store';
import type { Database } from '../../../main/vault/database';
import { writeNotes } from '../../support/session-note-case';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';
import { twoProgrammes } from '../../support/two-programmes';

const child = join(import.meta.dirname, '../../support/close-out-child.ts');

function run(
  dataDir: string,
  paper: string,
  killAfterMs: number | null,
): Promise<{ killed: boolean; out: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, dataDir, paper], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    proc.stderr.on('data', (c: Buffer) => (err += c.toString()));
    proc.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (killAfterMs !== null && out.includes('unlocked') && !out.includes('armed')) {
        out += 'armed\n';
        setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
      }
    });
    proc.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ killed: true, out });
      else if (code === 0) resolve({ killed: false, out });
      else reject(new Error(`close-out child failed: ${err.slice(0, 500)}`));
    });
  });
}

function state(db: Database, a: number) {
  const n = (sql: string) => Number(db.prepare(sql).get({ a })?.n);
  return {
    status: db.prepare('SELECT status FROM programmes WHERE id = ?').get<{ status: string }>([a])!
      .status,
    notesA: n('SELECT count(*) AS n FROM notes WHERE programme_id = $a'),
    enrolmentsA: n('SELECT count(*) AS n FROM enrolments WHERE programme_id = $a'),
    records: n('SELECT count(*) AS n FROM deletion_records WHERE $a = $a'),
    total: n('SELECT count(*) AS n FROM notes WHERE $a = $a'),
  };
}

describe('close-out under SIGKILL', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it(
    'is all or nothing in 20 random kills, and a retry completes',
    { timeout: 600_000 },
    async () => {
      const { vault } = testVault(dir);
      await vault.create(TEST_PASSPHRASE);
      const m = twoProgrammes(vault.db, 12, 6);
      writeNotes(vault.db, 4000); // bulk, so rekey and vacuum take long enough to be interrupted
      const paper = JSON.stringify(
        Object.fromEntries([...m.onlyA, m.shared].map((id) => [id, 'shredded'])),
      );
      const initial = state(vault.db, m.a);
      const account = keychainAccount(vault.vaultId()!);
      vault.lock();
      // Each close-out rekeys and replaces the keychain entry; every trial starts from the original.
      const keychain = new KeytarKeyStore();
      const originalKey = (await keychain.get(account))!;
      expect(initial.notesA).toBeGreaterThan(0);

      const outcomes = { before: 0, after: 0 };
      for (let trial = 0; trial < 20; trial++) {
        // Restore the "before" state each trial by working on a fresh copy of the vault folder.
        const trialDir = join(dir, `trial-${trial}`);
        await copyVault(dir, trialDir);
        await keychain.set(account, originalKey);
        await keychain.delete(`${account}:next`);
        await run(trialDir, paper, 10 + ((trial * 97) % 900));

        const { vault: v } = testVault(trialDir);
        await v.unlock();
        expect(runIntegrityChecks(v.db).ok).toBe(true);
        const s = state(v.db, m.a);
        if (s.status === 'closed') {
          outcomes.after++;
          expect(s).toMatchObject({
            notesA: 0,
            enrolmentsA: 0,
            records: 1,
            total: initial.total - initial.notesA,
          });
        } else {
          outcomes.before++;
          expect(s).toEqual(initial);
          expect(shredPending(v.db)).toBe(false);
        }
        v.lock();
        // The retry (or the finishing steps left by the crash) completes.
        const retry = await run(trialDir, paper, null);
        expect(retry.out).toContain('finished');
        const { vault: done } = testVault(trialDir);
        await done.unlock();
        expect(state(done.db, m.a)).toMatchObject({ status: 'closed', notesA: 0, records: 1 });
        expect(shredPending(done.db)).toBe(false);
        expect(verifyChain(listDeletionRecords(done.db)).ok).toBe(true);
        expect(runIntegrityChecks(done.db).ok).toBe(true);
        done.lock();
        removeDir(trialDir);
      }
      // Kills landed on both sides of the commit, or the test proved less than it claims.
      expect(outcomes.before).toBeGreaterThan(0);
      expect(outcomes.after).toBeGreaterThan(0);
    },
  );
});

async function copyVault(from: string, to: string): Promise<void> {
  const { cpSync } = await import('node:fs');
  cpSync(join(from, 'vault.db'), join(to, 'vault.db'));
  cpSync(join(from, 'vault.key.json'), join(to, 'vault.key.json'));
}

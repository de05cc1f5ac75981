// A writer killed with SIGKILL mid-loop, 20 times: every acknowledged note survives and both integrity checks pass.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIntegrityChecks } from '../../main/vault/integrity';
import { caseNoteBodies } from '../support/session-note-case';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../support/temp-vault';

const writer = join(import.meta.dirname, '../support/note-writer.ts');
// node --import tsx, not the tsx CLI: the CLI forwards signals to a grandchild, and SIGKILL cannot be forwarded.
const TRIALS = 20;

function runAndKill(dataDir: string, trial: number, killAfterAcks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dataDir, String(trial)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (!killed && out.split('\n').length - 1 >= killAfterAcks) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL')
        return reject(new Error(`writer exited on its own: ${err.slice(0, 500)}`));
      // Only complete lines were acknowledged; a half-written last line was not.
      resolve(out.split('\n').slice(0, -1));
    });
  });
}

describe('SIGKILL during writes', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    const { vault } = testVault(dir);
    await vault.create(TEST_PASSPHRASE);
    vault.lock();
  });
  afterAll(() => removeDir(dir));

  it(`keeps every acknowledged note across ${TRIALS} kills`, { timeout: 300_000 }, async () => {
    const acknowledged: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      // Kill at a different point each time, from the first few writes to a few hundred in.
      const acks = await runAndKill(dir, trial, 1 + ((trial * 37) % 400));
      expect(acks.length).toBeGreaterThan(0);
      acknowledged.push(...acks);

      const { vault } = testVault(dir);
      await vault.unlock();
      const report = runIntegrityChecks(vault.db);
      expect(report).toEqual({ ok: true, quickCheck: 'ok', cipherProblems: 0 });
      const stored = new Set(caseNoteBodies(vault.db).map((body) => body.split(' ')[0]!));
      const missing = acknowledged.filter((m) => !stored.has(m));
      expect(missing).toEqual([]);
      vault.lock();
    }
  });
});

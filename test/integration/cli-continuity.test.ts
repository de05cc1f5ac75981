// The admin CLI's continuity commands end to end: restore --from, change-passphrase, verify-recovery,
// each exiting 0 or 1 with a one-line reason; passphrases piped on stdin, one per line.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProgramme, listProgrammes } from '../../main/domain/programmes';
import { takeBackup } from '../../main/retention/backups';
import { keychainAccount } from '../../main/vault/key-store';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { readSettings } from '../../main/vault/settings';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../support/temp-vault';
import { vaultCli } from '../support/vault-cli';

const NEW_PASSPHRASE = 'syv blå hvaler synger om natten';

/** One line on stderr, naming the reason. */
function oneLineReason(stderr: string, code: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines.at(-1)).toMatch(new RegExp(`^error: ${code}: `));
}

describe('vault CLI: restore, change-passphrase, verify-recovery', () => {
  let source: string;
  let folder: string;
  let target: string;
  let vaultId: string;
  let backupDb: string;

  beforeEach(async () => {
    source = tempDir();
    folder = tempDir();
    target = tempDir();
    const { vault } = testVault(source);
    ({ vaultId } = await vault.create(TEST_PASSPHRASE));
    createProgramme(
      vault.db,
      {
        name: 'Tiltak Bergen',
        funder: 'NAV Vest',
        country: 'NO',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
      },
      new Date(),
    );
    backupDb = join(folder, takeBackup(vault, folder, new Date()).name);
    vault.lock();
    await new KeytarKeyStore().delete(keychainAccount(vaultId));
  });
  afterEach(async () => {
    await new KeytarKeyStore().delete(keychainAccount(vaultId)).catch(() => false);
    for (const dir of [source, folder, target]) removeDir(dir);
  });

  it('restore --from: a wrong passphrase exits 1 and writes nothing; the right one restores into the keychain', async () => {
    const wrong = await vaultCli(
      ['restore', '--from', backupDb, '--data-dir', target],
      'ikke den rigtige\n',
    );
    expect(wrong.code).toBe(1);
    oneLineReason(wrong.stderr, 'wrongPassphrase');
    expect(readdirSync(target)).toEqual([]);

    const restored = await vaultCli(
      ['restore', '--from', backupDb, '--data-dir', target],
      TEST_PASSPHRASE + '\n',
    );
    expect(restored.stdout).toBe('ok: backup restored; its key is in the OS keychain\n');
    expect(restored.code).toBe(0);
    expect((await vaultCli(['unlock-check', '--data-dir', target])).code).toBe(0);
    const { vault } = testVault(target);
    await vault.unlock();
    expect(listProgrammes(vault.db).map((p) => p.name)).toEqual(['Tiltak Bergen']);
    vault.lock();
    expect(readSettings(target).recoveryTestedAt).not.toBeNull();

    const again = await vaultCli(
      ['restore', '--from', backupDb, '--data-dir', target],
      TEST_PASSPHRASE + '\n',
    );
    expect(again.code).toBe(1);
    oneLineReason(again.stderr, 'vaultExists');
  });

  it('restore --from: a missing key file or a file that is no backup exits 1 with the reason', async () => {
    rmSync(backupDb.replace(/\.db$/, '.key.json'));
    const lone = await vaultCli(['restore', '--from', backupDb, '--data-dir', target]);
    expect(lone.code).toBe(1);
    oneLineReason(lone.stderr, 'keyFileMissing');
    const none = await vaultCli([
      'restore',
      '--from',
      join(folder, 'nope.db'),
      '--data-dir',
      target,
    ]);
    expect(none.code).toBe(1);
    oneLineReason(none.stderr, 'notABackup');
    expect(readdirSync(target)).toEqual([]);
  });

  it('change-passphrase: current on the first line, new on the second; the keychain key stays', async () => {
    await vaultCli(['restore', '--from', backupDb, '--data-dir', target], TEST_PASSPHRASE + '\n');

    const wrong = await vaultCli(
      ['change-passphrase', '--data-dir', target],
      `forkert gammel sætning\n${NEW_PASSPHRASE}\n`,
    );
    expect(wrong.code).toBe(1);
    oneLineReason(wrong.stderr, 'wrongPassphrase');

    const weak = await vaultCli(
      ['change-passphrase', '--data-dir', target],
      `${TEST_PASSPHRASE}\nkort\n`,
    );
    expect(weak.code).toBe(1);
    oneLineReason(weak.stderr, 'weakPassphrase');

    const changed = await vaultCli(
      ['change-passphrase', '--data-dir', target],
      `${TEST_PASSPHRASE}\n${NEW_PASSPHRASE}\n`,
    );
    expect(changed.stdout).toMatch(/^ok: recovery passphrase changed/);
    expect(changed.code).toBe(0);

    const old = await vaultCli(['verify-recovery', '--data-dir', target], TEST_PASSPHRASE + '\n');
    expect(old.code).toBe(1);
    oneLineReason(old.stderr, 'wrongPassphrase');
    const fresh = await vaultCli(['verify-recovery', '--data-dir', target], NEW_PASSPHRASE + '\n');
    expect(fresh.stdout).toBe('ok: the recovery passphrase opens this vault\n');
    expect(fresh.code).toBe(0);
    // The keychain still holds the same key.
    expect((await vaultCli(['unlock-check', '--data-dir', target])).code).toBe(0);
  });

  it('verify-recovery works without the keychain too, and refuses a wrong passphrase', async () => {
    await vaultCli(['restore', '--from', backupDb, '--data-dir', target], TEST_PASSPHRASE + '\n');
    await new KeytarKeyStore().delete(keychainAccount(vaultId));
    const ok = await vaultCli(['verify-recovery', '--data-dir', target], TEST_PASSPHRASE + '\n');
    expect(ok.code).toBe(0);
    const wrong = await vaultCli(
      ['verify-recovery', '--data-dir', target],
      'forkert sætning her\n',
    );
    expect(wrong.code).toBe(1);
    oneLineReason(wrong.stderr, 'wrongPassphrase');
  });

  it('restore without --from is a usage error', async () => {
    const usage = await vaultCli(['restore', '--data-dir', target]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/restore needs --from FILE/);
  });
});

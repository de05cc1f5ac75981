// Backups never make things worse: a copy that fails its integrity check is not kept, a run of
// copies of an empty vault cannot rotate out the newest copy that holds data, and every backup
// file is 0600 in a 0700 folder.
import { closeSync, mkdirSync, openSync, readdirSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups, pruneBackups, takeBackup } from '../../../main/retention/backups';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';
import { twoProgrammes } from '../../support/two-programmes';

describe('backups guard the last good copy', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('keeps the newest backup that holds data however many empty copies follow', async () => {
    const { vault } = testVault(join(dir, 'data'));
    await vault.create(TEST_PASSPHRASE);
    const folder = join(dir, 'backups');
    mkdirSync(folder, { mode: 0o700 }); // picked in the OS dialog: it exists
    twoProgrammes(vault.db, 1, 1);
    const good = takeBackup(vault, folder, new Date('2026-11-01T08:00:00Z'));
    expect(good.holdsData).toBe(true);
    // As a vault that opened empty would be: no programme, no participant.
    vault.db.exec(
      'PRAGMA foreign_keys = OFF; DELETE FROM participants; DELETE FROM programmes; PRAGMA foreign_keys = ON;',
    );
    for (let day = 2; day <= 6; day++) {
      const copy = takeBackup(vault, folder, new Date(`2026-11-0${day}T08:00:00Z`));
      expect(copy.holdsData).toBe(false);
      pruneBackups(folder, vault.vaultId()!, 2);
    }
    const names = listBackups(folder, vault.vaultId()!).map((b) => b.name);
    expect(names).toHaveLength(3);
    expect(names).toContain(good.name);
    vault.lock();
  });

  it('writes every backup file 0600 in a 0700 folder', async () => {
    const { vault } = testVault(join(dir, 'data'));
    await vault.create(TEST_PASSPHRASE);
    const folder = join(dir, 'backups');
    mkdirSync(folder, { mode: 0o700 }); // picked in the OS dialog: it exists
    takeBackup(vault, folder, new Date('2026-11-01T08:00:00Z'));
    vault.lock();
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    for (const name of readdirSync(folder)) {
      expect([name, statSync(join(folder, name)).mode & 0o777]).toEqual([name, 0o600]);
    }
  });

  it('does not keep a copy of a vault that fails its integrity check', async () => {
    const { vault } = testVault(join(dir, 'data'));
    await vault.create(TEST_PASSPHRASE);
    const folder = join(dir, 'backups');
    mkdirSync(folder, { mode: 0o700 }); // picked in the OS dialog: it exists
    twoProgrammes(vault.db, 1, 1);
    // A copy whose pages do not verify: the check runs on the copy, so damage it as it is made.
    const verify = vault.verifyCopy.bind(vault);
    vault.verifyCopy = (path: string) => {
      const fd = openSync(path, 'r+');
      writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, 4096 + 100);
      closeSync(fd);
      return verify(path);
    };
    expect(() => takeBackup(vault, folder, new Date('2026-11-01T08:00:00Z'))).toThrow(/integrity/);
    expect(readdirSync(folder)).toEqual([]);
    vault.lock();
  });
});

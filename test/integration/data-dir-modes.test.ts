// On every start the data folder is 0700 and each vault file in it 0600, whatever a copy left behind.
import { chmodSync, mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hardenDataDir } from '../../main/vault/data-dir-modes';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../support/temp-vault';

const mode = (path: string) => statSync(path).mode & 0o777;

describe.skipIf(process.platform === 'win32')('data folder modes', () => {
  let root: string;
  beforeEach(() => {
    root = tempDir();
  });
  afterEach(() => removeDir(root));

  it('a vault folder with 0755 and 0644 files becomes 0700 and 0600, and still unlocks', async () => {
    const dir = join(root, 'Fortrolig');
    const { vault } = testVault(dir);
    await vault.create(TEST_PASSPHRASE);
    writeFileSync(join(dir, 'settings.json'), '{}');
    writeFileSync(join(dir, 'fortrolig-backup-20261122T100000000Z-0a1b2c3d.key.json'), '{}');
    // The WAL and its index exist only while the vault is open: loosen them then.
    const names = readdirSync(dir);
    expect(names).toEqual(expect.arrayContaining(['vault.db', 'vault.key.json', 'vault.db-wal']));
    for (const name of names) chmodSync(join(dir, name), 0o644);
    chmodSync(dir, 0o755);

    hardenDataDir(dir);

    expect(mode(dir)).toBe(0o700);
    for (const name of names) expect([name, mode(join(dir, name))]).toEqual([name, 0o600]);
    vault.lock();
    await vault.unlock();
    vault.lock();
  });

  it('leaves other files, subfolders and the targets of links alone', () => {
    const dir = join(root, 'data');
    mkdirSync(dir, { mode: 0o755 });
    writeFileSync(join(dir, 'notes.txt'), 'x', { mode: 0o644 });
    mkdirSync(join(dir, 'sub.db'), { mode: 0o755 });
    const outside = join(root, 'outside.db');
    writeFileSync(outside, 'x', { mode: 0o644 });
    symlinkSync(outside, join(dir, 'linked.db'));

    hardenDataDir(dir);
    hardenDataDir(join(root, 'absent')); // a first run: nothing there yet, nothing to do

    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, 'notes.txt'))).toBe(0o644);
    expect(mode(join(dir, 'sub.db'))).toBe(0o755);
    expect(mode(outside)).toBe(0o644);
  });
});

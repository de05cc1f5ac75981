// The data folder: per-machine on Windows (not the roaming profile) with a one-time move of an
// older vault, excluded from Time Machine on macOS, FORTROLIG_DATA_DIR always wins.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultDataDir,
  excludeFromOsBackups,
  legacyRoamingDataDir,
  moveRoamingVault,
} from '../../main/vault/data-dir';

describe('data folder', () => {
  it('is %LOCALAPPDATA%\\Fortrolig on Windows, never the roaming profile', () => {
    const env = {
      LOCALAPPDATA: 'C:\\Users\\kb\\AppData\\Local',
      APPDATA: 'C:\\Users\\kb\\AppData\\Roaming',
    };
    expect(defaultDataDir(env, 'win32')).toBe(join(env.LOCALAPPDATA, 'Fortrolig'));
    expect(legacyRoamingDataDir(env, 'win32')).toBe(join(env.APPDATA, 'Fortrolig'));
    expect(legacyRoamingDataDir(env, 'linux')).toBeNull();
    expect(defaultDataDir({ ...env, FORTROLIG_DATA_DIR: '/x' }, 'win32')).toBe('/x');
    expect(legacyRoamingDataDir({ ...env, FORTROLIG_DATA_DIR: '/x' }, 'win32')).toBeNull();
  });

  describe('one-time move from the roaming profile', () => {
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'fortrolig-datadir-'));
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('moves the vault files when the local folder has no vault, and only then', () => {
      const roaming = join(root, 'Roaming', 'Fortrolig');
      const local = join(root, 'Local', 'Fortrolig');
      mkdirSync(roaming, { recursive: true });
      writeFileSync(join(roaming, 'vault.db'), 'db');
      writeFileSync(join(roaming, 'vault.db-wal'), 'wal');
      writeFileSync(join(roaming, 'vault.key.json'), 'key');
      writeFileSync(join(roaming, 'settings.json'), '{}');
      writeFileSync(join(roaming, 'unrelated.txt'), 'stays');
      expect(moveRoamingVault(roaming, local)).toBe('moved');
      expect(readFileSync(join(local, 'vault.db'), 'utf8')).toBe('db');
      expect(readFileSync(join(local, 'vault.db-wal'), 'utf8')).toBe('wal');
      expect(readFileSync(join(local, 'vault.key.json'), 'utf8')).toBe('key');
      expect(existsSync(join(roaming, 'vault.db'))).toBe(false);
      expect(existsSync(join(roaming, 'unrelated.txt'))).toBe(true);
      // A second start: nothing left to move, nothing overwritten.
      writeFileSync(join(roaming, 'vault.db'), 'older');
      expect(moveRoamingVault(roaming, local)).toBe('none');
      expect(readFileSync(join(local, 'vault.db'), 'utf8')).toBe('db');
    });

    it('does nothing without a roaming vault', () => {
      expect(moveRoamingVault(join(root, 'nothing'), join(root, 'local'))).toBe('none');
      expect(moveRoamingVault(null, join(root, 'local'))).toBe('none');
    });
  });

  it('asks tmutil for a sticky Time Machine exclusion on macOS only', async () => {
    const calls: [string, readonly string[]][] = [];
    const run = ((file: string, args: readonly string[], cb: (err: Error | null) => void) => {
      calls.push([file, args]);
      cb(null);
    }) as unknown as Parameters<typeof excludeFromOsBackups>[2];
    expect(
      await excludeFromOsBackups('/Users/kb/Library/Application Support/Fortrolig', 'darwin', run),
    ).toBe('excluded');
    expect(calls).toEqual([
      ['/usr/bin/tmutil', ['addexclusion', '/Users/kb/Library/Application Support/Fortrolig']],
    ]);
    expect(await excludeFromOsBackups('/home/kb/.config/Fortrolig', 'linux', run)).toBe(
      'unsupported',
    );
    const failing = ((_f: string, _a: readonly string[], cb: (err: Error | null) => void) =>
      cb(new Error('tmutil: not permitted'))) as unknown as Parameters<
      typeof excludeFromOsBackups
    >[2];
    expect(await excludeFromOsBackups('/x', 'darwin', failing)).toBe('failed');
  });
});

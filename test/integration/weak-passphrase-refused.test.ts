// The core refuses a passphrase the window's meter calls weak, not only one that is too short.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../main/ipc/dispatch';
import { MemoryLogger } from '../../main/vault/logger';
import { removeDir, tempDir, testVault } from '../support/temp-vault';

describe('a weak recovery passphrase', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('aaaaaaaaaaaa is refused by the core with weakPassphrase, and nothing is created', async () => {
    const { vault } = testVault(dir);
    const dispatch = createDispatch(
      { vault, dataDir: dir, now: () => new Date() },
      new MemoryLogger(),
    );
    expect(await dispatch('vault.create', { passphrase: 'aaaaaaaaaaaa' })).toEqual({
      ok: false,
      error: { code: 'weakPassphrase' },
    });
    expect(vault.state()).toBe('absent');
  });
});

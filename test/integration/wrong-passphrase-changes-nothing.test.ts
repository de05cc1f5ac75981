// A wrong passphrase raises WrongPassphraseError and leaves vault.db and vault.key.json byte-identical.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WrongPassphraseError } from '../../main/vault/errors';
import { TEST_PASSPHRASE, removeDir, sha256File, tempDir, testVault } from '../support/temp-vault';
import { writeNote } from '../support/session-note-case';

describe('wrong passphrase', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('is refused and nothing on disk changes', async () => {
    const { vault } = testVault(dir);
    await vault.create(TEST_PASSPHRASE);
    writeNote(vault.db, 'Notat');
    vault.lock();
    const before = [sha256File(vault.paths.db), sha256File(vault.paths.keyFile)];
    for (const attempt of [
      'forkert kodeord!!',
      TEST_PASSPHRASE + ' ',
      TEST_PASSPHRASE.toUpperCase(),
    ]) {
      await expect(vault.unlockWithPassphrase(attempt)).rejects.toBeInstanceOf(
        WrongPassphraseError,
      );
    }
    expect(vault.state()).toBe('locked');
    expect([sha256File(vault.paths.db), sha256File(vault.paths.keyFile)]).toEqual(before);
  });
});

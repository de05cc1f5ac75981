// The vault does not open without its key, and opens with the raw key on a fresh connection.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keychainAccount } from '../../main/vault/key-store';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { openSqlCipher } from '../../main/vault/sqlcipher-driver';
import { caseNoteBodies, writeNote } from '../support/session-note-case';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../support/temp-vault';
import { randomBytes } from 'node:crypto';

describe('key required', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('refuses no key and a random key; opens with the keychain key as raw SQLCipher 4', async () => {
    const { vault } = testVault(dir);
    const { vaultId } = await vault.create(TEST_PASSPHRASE);
    writeNote(vault.db, 'Opfølgning på CV');
    vault.lock();

    const noKey = openSqlCipher(vault.paths.db, null);
    expect(() => noKey.prepare('SELECT count(*) FROM notes').get()).toThrow(/not a database/);
    noKey.close();

    const wrong = openSqlCipher(vault.paths.db, randomBytes(32));
    expect(() => wrong.prepare('SELECT count(*) FROM notes').get()).toThrow(/not a database/);
    wrong.close();

    const key = await new KeytarKeyStore().get(keychainAccount(vaultId));
    const fresh = openSqlCipher(vault.paths.db, key!);
    expect(fresh.pragmaValue('cipher_version')).toMatch(/^4\./);
    // SQLCipher 4 defaults, so any SQLCipher 4 tool opens the file with the key.
    expect(fresh.pragmaValue('cipher_page_size')).toBe('4096');
    expect(fresh.pragmaValue('kdf_iter')).toBe('256000');
    expect(caseNoteBodies(fresh)).toEqual(['Opfølgning på CV']);
    fresh.close();
  });
});

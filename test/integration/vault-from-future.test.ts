// A vault whose user_version is above the app's is refused with VaultFromFutureError and left untouched.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VaultFromFutureError } from '../../main/vault/errors';
import { keychainAccount } from '../../main/vault/key-store';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { LATEST_SCHEMA_VERSION } from '../../main/vault/migrations';
import { openSqlCipher } from '../../main/vault/sqlcipher-driver';
import { TEST_PASSPHRASE, removeDir, sha256File, tempDir, testVault } from '../support/temp-vault';

describe('vault from the future', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('is refused, via keychain and via passphrase, and its file is unchanged', async () => {
    const { vault } = testVault(dir);
    const { vaultId } = await vault.create(TEST_PASSPHRASE);
    vault.lock();
    const key = (await new KeytarKeyStore().get(keychainAccount(vaultId)))!;
    const raw = openSqlCipher(vault.paths.db, key);
    raw.exec(`PRAGMA user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.pragmaValue('wal_checkpoint(TRUNCATE)');
    raw.close();

    const before = sha256File(vault.paths.db);
    const error = await vault.unlock().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VaultFromFutureError);
    expect((error as VaultFromFutureError).found).toBe(LATEST_SCHEMA_VERSION + 1);
    await expect(vault.unlockWithPassphrase(TEST_PASSPHRASE)).rejects.toBeInstanceOf(
      VaultFromFutureError,
    );
    expect(vault.state()).toBe('locked');
    expect(sha256File(vault.paths.db)).toBe(before);
  });
});

// With the keychain entry gone, the passphrase still unlocks and puts the key back.
import keytar from 'keytar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeychainEntryMissingError, WrongKeyError } from '../../main/vault/errors';
import { KEYCHAIN_SERVICE, keychainAccount } from '../../main/vault/key-store';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { caseNoteBodies, writeNote } from '../support/session-note-case';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../support/temp-vault';

describe('keychain entry removed', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('unlocks with the passphrase and stores the key again', async () => {
    const keychain = new KeytarKeyStore();
    const { vault } = testVault(dir, keychain);
    const { vaultId } = await vault.create(TEST_PASSPHRASE);
    writeNote(vault.db, 'Afsluttende samtale');
    vault.lock();
    const account = keychainAccount(vaultId);
    const original = await keychain.get(account);
    expect(await keychain.delete(account)).toBe(true);

    await expect(vault.unlock()).rejects.toBeInstanceOf(KeychainEntryMissingError);
    const { keychain: outcome } = await vault.unlockWithPassphrase(TEST_PASSPHRASE);
    expect(outcome).toBe('stored');
    expect(await keychain.get(account)).toEqual(original);
    vault.lock();

    await vault.unlock();
    expect(caseNoteBodies(vault.db)).toEqual(['Afsluttende samtale']);
    vault.lock();
  });

  it('refuses a keychain entry holding another key, without opening the file', async () => {
    const keychain = new KeytarKeyStore();
    const { vault } = testVault(dir, keychain);
    const { vaultId } = await vault.create(TEST_PASSPHRASE);
    vault.lock();
    await keychain.set(keychainAccount(vaultId), Buffer.alloc(32, 0xab));
    await expect(vault.unlock()).rejects.toBeInstanceOf(WrongKeyError);
    // A malformed entry can only be written around the port, which takes bytes.
    await keytar.setPassword(KEYCHAIN_SERVICE, keychainAccount(vaultId), 'not hex');
    await expect(vault.unlock()).rejects.toBeInstanceOf(WrongKeyError);
    expect(vault.state()).toBe('locked');
  });
});

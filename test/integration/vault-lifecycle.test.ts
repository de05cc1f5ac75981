// Create, lock, unlock from the keychain, unlock with the passphrase, change passphrase.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  VaultExistsError,
  VaultLockedError,
  WeakPassphraseError,
  WrongPassphraseError,
} from '../../main/vault/errors';
import { readKeyFile } from '../../main/vault/key-file';
import { keychainAccount } from '../../main/vault/key-store';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { caseNoteBodies, writeNote } from '../support/session-note-case';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../support/temp-vault';

describe('vault lifecycle', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('has a working OS keychain (a missing Secret Service is a failure, not a skip)', async () => {
    const keychain = new KeytarKeyStore();
    const account = `probe:${process.pid}`;
    const key = Buffer.alloc(32, 0x5a);
    await keychain.set(account, key);
    expect(await keychain.get(account)).toEqual(key);
    expect(await keychain.accounts()).toContain(account);
    expect(await keychain.delete(account)).toBe(true);
    expect(await keychain.get(account)).toBeNull();
  });

  it('creates a vault, stores its key in the keychain, and opens again from it', async () => {
    const { vault } = testVault(dir);
    expect(vault.state()).toBe('absent');
    const { vaultId, keychain } = await vault.create(TEST_PASSPHRASE);
    expect(keychain).toBe('stored');
    writeNote(vault.db, 'Første samtale');
    vault.lock();
    expect(vault.state()).toBe('locked');
    expect(() => vault.db).toThrow(VaultLockedError);

    const secret = await new KeytarKeyStore().get(keychainAccount(vaultId));
    expect(secret).toHaveLength(32);

    await vault.unlock();
    expect(caseNoteBodies(vault.db)).toEqual(['Første samtale']);
    vault.lock();
  });

  it('refuses to create over an existing vault and refuses short passphrases', async () => {
    const { vault } = testVault(dir);
    await expect(vault.create('kort')).rejects.toBeInstanceOf(WeakPassphraseError);
    await vault.create(TEST_PASSPHRASE);
    vault.lock();
    await expect(testVault(dir).vault.create(TEST_PASSPHRASE)).rejects.toBeInstanceOf(
      VaultExistsError,
    );
  });

  it('changes the passphrase while unlocked: the vault key stays, only the new passphrase works', async () => {
    const { vault, keyStore } = testVault(dir);
    const { vaultId } = await vault.create(TEST_PASSPHRASE);
    const before = readKeyFile(vault.paths.keyFile);
    const keyBefore = await keyStore.get(keychainAccount(vaultId));
    await vault.changePassphrase(TEST_PASSPHRASE, 'et helt nyt og langt kodeord');
    vault.lock();
    await expect(
      vault.changePassphrase('et helt nyt og langt kodeord', 'endnu et nyt og langt kodeord'),
    ).rejects.toBeInstanceOf(VaultLockedError);
    const after = readKeyFile(vault.paths.keyFile);
    expect(after.vaultId).toBe(before.vaultId);
    // A new recovery key pair: an old key file with the old passphrase opens no later key.
    expect(after.recovery.publicKey).not.toBe(before.recovery.publicKey);
    expect(after.recovery.kdf.salt).not.toBe(before.recovery.kdf.salt);
    expect(after.keyCheck).toBe(before.keyCheck);
    expect((await keyStore.get(keychainAccount(vaultId)))!.equals(keyBefore!)).toBe(true);
    await expect(vault.unlockWithPassphrase(TEST_PASSPHRASE)).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    await vault.unlockWithPassphrase('et helt nyt og langt kodeord');
    expect(vault.state()).toBe('unlocked');
    vault.lock();
    await vault.unlock();
    vault.lock();
  });

  it('logs events without any personal data', async () => {
    const { vault, logger } = testVault(dir);
    await vault.create(TEST_PASSPHRASE);
    writeNote(vault.db, 'Hemmelig markør 070761-4285');
    vault.lock();
    expect(JSON.stringify(logger.entries)).not.toMatch(/070761|markør|korrekt hest/);
  });
});

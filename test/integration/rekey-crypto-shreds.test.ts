// Rekey (crypto-shredding): the old key stops working everywhere, the new one is in the keychain
// and the recovery copy, and a SIGKILL at any point leaves a vault that opens with its data intact.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIntegrityChecks } from '../../main/vault/integrity';
import { readKeyFile } from '../../main/vault/key-file';
import { keychainAccount } from '../../main/vault/key-store';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { openSqlCipher } from '../../main/vault/sqlcipher-driver';
import { caseNoteBodies, writeNotes } from '../support/session-note-case';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../support/temp-vault';

const loop = join(import.meta.dirname, '../support/rekey-loop.ts');

describe('rekey', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('replaces the key everywhere; the old key opens nothing; passphrase and keychain open the new', async () => {
    const keychain = new KeytarKeyStore();
    const { vault } = testVault(dir, keychain);
    const { vaultId } = await vault.create(TEST_PASSPHRASE);
    const notes = writeNotes(vault.db, 500);
    const oldKey = (await keychain.get(keychainAccount(vaultId)))!;
    const oldSealed = readKeyFile(vault.paths.keyFile).sealedKey;

    expect(await vault.rekey()).toEqual({ keychain: 'ok', oldKeyDestroyed: true });
    expect(caseNoteBodies(vault.db)).toEqual(notes);
    vault.lock();

    const newKey = (await keychain.get(keychainAccount(vaultId)))!;
    expect(newKey).toHaveLength(32);
    expect(newKey).not.toEqual(oldKey);
    expect(await keychain.get(`${keychainAccount(vaultId)}:next`)).toBeNull();
    const file = readKeyFile(vault.paths.keyFile);
    expect(file.sealedKey).not.toEqual(oldSealed);
    expect(file.pending).toBeUndefined();

    const old = openSqlCipher(vault.paths.db, oldKey);
    expect(() => old.prepare('SELECT count(*) FROM notes').get()).toThrow(/not a database/);
    old.close();

    await vault.unlock();
    expect(caseNoteBodies(vault.db)).toEqual(notes);
    vault.lock();
    await keychain.delete(keychainAccount(vaultId));
    await vault.unlockWithPassphrase(TEST_PASSPHRASE);
    expect(runIntegrityChecks(vault.db).ok).toBe(true);
    vault.lock();
  });

  it('opens after a crash between finishing the key file and updating the keychain, and repairs the keychain', async () => {
    const keychain = new KeytarKeyStore();
    const { vault } = testVault(dir, keychain);
    const { vaultId } = await vault.create(TEST_PASSPHRASE);
    const notes = writeNotes(vault.db, 50);
    const account = keychainAccount(vaultId);
    const oldKey = (await keychain.get(account))!;
    await vault.rekey();
    vault.lock();
    const newKey = (await keychain.get(account))!;
    // The state that crash leaves: file and database on the new key, keychain main on the old,
    // the new key only in the "next" entry.
    await keychain.set(account, oldKey);
    await keychain.set(`${account}:next`, newKey);
    await vault.unlock();
    expect(caseNoteBodies(vault.db)).toEqual(notes);
    vault.lock();
    expect(await keychain.get(account)).toEqual(newKey);
    expect(await keychain.get(`${account}:next`)).toBeNull();
  });

  it(
    'survives SIGKILL at random points of repeated rekeys (20 trials)',
    { timeout: 240_000 },
    async () => {
      const { vault } = testVault(dir);
      await vault.create(TEST_PASSPHRASE);
      // Big enough that a rekey takes a while, so kills land inside it.
      const notes = writeNotes(vault.db, 6000);
      vault.lock();
      for (let trial = 0; trial < 20; trial++) {
        await killDuringRekeys(dir, 5 + ((trial * 53) % 180));
        const { vault: reopened } = testVault(dir);
        await reopened.unlock();
        expect(caseNoteBodies(reopened.db)).toEqual(notes);
        expect(runIntegrityChecks(reopened.db).ok).toBe(true);
        reopened.lock();
        // The recovery copy always follows: the passphrase opens the vault too.
        const { vault: byPassphrase } = testVault(dir);
        await byPassphrase.unlockWithPassphrase(TEST_PASSPHRASE);
        expect(caseNoteBodies(byPassphrase.db)).toEqual(notes);
        byPassphrase.lock();
        expect(readKeyFile(join(dir, 'vault.key.json')).pending).toBeUndefined();
      }
    },
  );
});

function killDuringRekeys(dataDir: string, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', loop, dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      if (c.toString().includes('unlocked')) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolve()
        : reject(new Error(`rekey loop ended on its own: ${err.slice(0, 400)}`)),
    );
  });
}

// The key file's way forward over IPC: unlock says whether the recovery copy was repaired or is
// missing; a missing key file is put back from a backup pair picked in the main process (the page
// sends no path); a lost recovery copy gets a new passphrase.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../main/ipc/dispatch';
import { takeBackup } from '../../main/retention/backups';
import { keychainAccount } from '../../main/vault/key-store';
import { MemoryLogger } from '../../main/vault/logger';
import type { Vault } from '../../main/vault/vault';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../support/temp-vault';

const NEW_PASSPHRASE = 'en helt ny genopretning med lang tekst';

describe('key file over IPC', () => {
  let dir: string;
  let backups: string;
  let vault: Vault;
  let keyStore: ReturnType<typeof testVault>['keyStore'];
  let dispatch: Dispatch;
  let picks: number;
  let answer: string | null;

  beforeEach(async () => {
    dir = tempDir();
    backups = tempDir('fortrolig-backups-');
    ({ vault, keyStore } = testVault(dir));
    await vault.create(TEST_PASSPHRASE);
    vault.lock();
    picks = 0;
    answer = null;
    dispatch = createDispatch(
      {
        vault,
        dataDir: dir,
        now: () => new Date(),
        pickKeyFile: async () => {
          picks++;
          return answer;
        },
      },
      new MemoryLogger(),
    );
  });

  afterEach(async () => {
    vault.lock();
    const id = vault.vaultId();
    if (id) await keyStore.delete(keychainAccount(id));
    removeDir(dir);
    removeDir(backups);
  });

  const flipByteOfKeyFile = () => {
    const bytes = readFileSync(vault.paths.keyFile);
    // One base64 character inside the sealed key: still JSON, but its checksum and MAC fail.
    const at = bytes.indexOf('"ciphertext":"') + '"ciphertext":"'.length + 10;
    bytes[at] = bytes[at] === 0x41 ? 0x42 : 0x41;
    writeFileSync(vault.paths.keyFile, bytes);
  };

  it('a keychain unlock reports recovery ok, then repaired after a flipped byte, then ok again', async () => {
    expect(await dispatch('vault.unlock', {})).toEqual({
      ok: true,
      value: { recovery: 'ok', keychain: 'ok', reapplied: null },
    });
    await dispatch('vault.lock', {});
    flipByteOfKeyFile();
    expect(await dispatch('vault.unlock', {})).toEqual({
      ok: true,
      value: { recovery: 'repaired', keychain: 'ok', reapplied: null },
    });
    await dispatch('vault.lock', {});
    expect(await dispatch('vault.unlockWithPassphrase', { passphrase: TEST_PASSPHRASE })).toEqual({
      ok: true,
      value: { keychain: 'stored', recovery: 'ok', reapplied: null },
    });
  });

  it('a passphrase unlock on a damaged key file answers recoveryDamaged', async () => {
    flipByteOfKeyFile();
    const result = await dispatch('vault.unlockWithPassphrase', { passphrase: TEST_PASSPHRASE });
    // Either the file no longer parses as a key file, or its sealed key fails: both are "damaged".
    expect(result).toEqual({ ok: false, error: { code: 'recoveryDamaged' } });
  });

  it('key file gone and no keychain key: keyFileMissing, then put back from a backup pair', async () => {
    await vault.unlock();
    const { name } = takeBackup(vault, backups, new Date());
    vault.lock();
    const id = vault.vaultId()!;
    rmSync(vault.paths.keyFile);
    await keyStore.delete(keychainAccount(id));

    expect(await dispatch('vault.unlock', {})).toEqual({
      ok: false,
      error: { code: 'keyFileMissing' },
    });
    expect(await dispatch('vault.unlockWithPassphrase', { passphrase: TEST_PASSPHRASE })).toEqual({
      ok: false,
      error: { code: 'keyFileMissing' },
    });

    // Cancelled dialog: nothing changes.
    expect(await dispatch('vault.restoreKeyFile', {})).toEqual({
      ok: true,
      value: { outcome: 'cancelled' },
    });
    // A file that is no key file.
    answer = join(backups, 'notes.json');
    writeFileSync(answer, '{"format":"nope"}');
    expect(await dispatch('vault.restoreKeyFile', {})).toEqual({
      ok: true,
      value: { outcome: 'notAKeyFile' },
    });
    expect(existsSync(vault.paths.keyFile)).toBe(false);

    // The .db half of the pair stands for the key file beside it.
    answer = join(backups, name);
    expect(await dispatch('vault.restoreKeyFile', {})).toEqual({
      ok: true,
      value: { outcome: 'restored' },
    });
    expect(readFileSync(vault.paths.keyFile)).toEqual(
      readFileSync(join(backups, name.replace(/\.db$/, '.key.json'))),
    );
    expect(picks).toBe(3);

    // Now a key file is there: the dialog is not even opened.
    expect(await dispatch('vault.restoreKeyFile', {})).toEqual({
      ok: false,
      error: { code: 'vaultExists' },
    });
    expect(picks).toBe(3);

    expect(await dispatch('vault.unlockWithPassphrase', { passphrase: TEST_PASSPHRASE })).toEqual({
      ok: true,
      value: { keychain: 'stored', recovery: 'ok', reapplied: null },
    });
    // Unlocked: nothing to put back.
    expect(await dispatch('vault.restoreKeyFile', {})).toEqual({
      ok: false,
      error: { code: 'vaultExists' },
    });
    expect(picks).toBe(3);
  });

  it('the key file of the pair works when picked directly, too', async () => {
    await vault.unlock();
    const { name } = takeBackup(vault, backups, new Date());
    vault.lock();
    rmSync(vault.paths.keyFile);
    answer = join(backups, name.replace(/\.db$/, '.key.json'));
    expect(await dispatch('vault.restoreKeyFile', {})).toEqual({
      ok: true,
      value: { outcome: 'restored' },
    });
    expect(await dispatch('vault.unlock', {})).toMatchObject({ ok: true });
  });

  it('without a vault there is nothing to put a key file beside', async () => {
    const empty = tempDir();
    const { vault: none } = testVault(empty);
    const fresh = createDispatch(
      { vault: none, dataDir: empty, now: () => new Date(), pickKeyFile: async () => 'x' },
      new MemoryLogger(),
    );
    expect(await fresh('vault.restoreKeyFile', {})).toEqual({
      ok: false,
      error: { code: 'vaultAbsent' },
    });
    removeDir(empty);
  });

  it('a lost recovery copy: unlock says missing, resetRecovery sets a new passphrase', async () => {
    // A vault from before pinning whose key file was lost: no pin, no key file, keychain key only.
    await vault.unlock();
    vault.db.prepare("DELETE FROM meta WHERE key = 'recoveryPin'").run();
    vault.lock();
    rmSync(vault.paths.keyFile);

    expect(await dispatch('vault.unlock', {})).toEqual({
      ok: true,
      value: { recovery: 'missing', keychain: 'ok', reapplied: null },
    });
    expect(await dispatch('vault.resetRecovery', { passphrase: 'aaaaaaaaaaaaaaaa' })).toEqual({
      ok: false,
      error: { code: 'weakPassphrase' },
    });
    expect(await dispatch('vault.resetRecovery', { passphrase: NEW_PASSPHRASE })).toEqual({
      ok: true,
      value: {},
    });
    await dispatch('vault.lock', {});
    expect(await dispatch('vault.unlock', {})).toEqual({
      ok: true,
      value: { recovery: 'ok', keychain: 'ok', reapplied: null },
    });
    await dispatch('vault.lock', {});
    expect(
      await dispatch('vault.unlockWithPassphrase', {
        passphrase: NEW_PASSPHRASE,
        rememberInKeychain: false,
      }),
    ).toEqual({ ok: true, value: { keychain: 'notRequested', recovery: 'ok', reapplied: null } });
  });

  it('resetRecovery needs the vault unlocked', async () => {
    expect(await dispatch('vault.resetRecovery', { passphrase: NEW_PASSPHRASE })).toEqual({
      ok: false,
      error: { code: 'vaultLocked' },
    });
  });
});

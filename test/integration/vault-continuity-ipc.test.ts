// Continuity through the IPC table: restore a backup pair picked in the main process (the page
// never sends a path), change and test the recovery passphrase, the 90-day reminder, auto-lock minutes.
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProgramme, listProgrammes } from '../../main/domain/programmes';
import { createDispatch, type Dispatch } from '../../main/ipc/dispatch';
import { takeBackup } from '../../main/retention/backups';
import { readKeyFile } from '../../main/vault/key-file';
import { keychainAccount } from '../../main/vault/key-store';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { MemoryLogger } from '../../main/vault/logger';
import type { Vault } from '../../main/vault/vault';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../support/temp-vault';

const NEW_PASSPHRASE = 'syv blå hvaler synger om natten';
const DAY = 86_400_000;

type Harness = { vault: Vault; dispatch: Dispatch; pick: (path: string | null) => void };

function harness(dataDir: string, clock: { now: Date }): Harness {
  const { vault } = testVault(dataDir);
  let answer: string | null = null;
  const dispatch = createDispatch(
    { vault, dataDir, now: () => clock.now, pickBackupFile: async () => answer },
    new MemoryLogger(),
  );
  return { vault, dispatch, pick: (path) => (answer = path) };
}

describe('restore from a backup pair', () => {
  let source: string;
  let folder: string;
  let target: string;
  let backupDb: string;
  let vaultId: string;
  const clock = { now: new Date('2026-03-02T09:00:00Z') };

  beforeEach(async () => {
    source = tempDir();
    folder = tempDir();
    target = tempDir();
    const { vault } = testVault(source);
    ({ vaultId } = await vault.create(TEST_PASSPHRASE));
    createProgramme(
      vault.db,
      {
        name: 'Forløb Østjylland',
        funder: 'Jobcenter Aarhus',
        country: 'DK',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
      },
      clock.now,
    );
    backupDb = join(folder, takeBackup(vault, folder, clock.now).name);
    vault.lock();
    // A new laptop: the keychain has no key for this vault yet.
    await new KeytarKeyStore().delete(keychainAccount(vaultId));
  });
  afterEach(async () => {
    await new KeytarKeyStore().delete(keychainAccount(vaultId)).catch(() => false);
    for (const dir of [source, folder, target]) removeDir(dir);
  });

  it('picks the pair, refuses a wrong passphrase without writing, restores, and stores the key', async () => {
    const { dispatch, pick, vault } = harness(target, clock);
    expect(await dispatch('vault.status', {})).toMatchObject({
      ok: true,
      value: { state: 'absent' },
    });
    pick(backupDb);
    const picked = await dispatch('vault.pickBackup', {});
    expect(picked).toEqual({
      ok: true,
      value: {
        outcome: 'picked',
        fileName: backupDb.slice(folder.length + 1),
        takenAt: clock.now.toISOString(),
      },
    });

    expect(await dispatch('vault.restore', { passphrase: 'ikke den rigtige sætning' })).toEqual({
      ok: false,
      error: { code: 'wrongPassphrase' },
    });
    expect(readdirSync(target)).toEqual([]);

    expect(await dispatch('vault.restore', { passphrase: TEST_PASSPHRASE })).toEqual({
      ok: true,
      value: { keychain: 'stored', reapplied: null },
    });
    expect(vault.state()).toBe('unlocked');
    expect(listProgrammes(vault.db).map((p) => p.name)).toEqual(['Forløb Østjylland']);
    expect(readKeyFile(vault.paths.keyFile).vaultId).toBe(vaultId);
    // The keychain opens it from now on.
    vault.lock();
    expect(await dispatch('vault.unlock', {})).toEqual({
      ok: true,
      value: { recovery: 'ok', keychain: 'ok', reapplied: null },
    });
    // A restore counts as a passphrase test: no reminder for 90 days.
    expect(await dispatch('settings.get', {})).toMatchObject({
      ok: true,
      value: { recoveryTestedAt: clock.now.toISOString(), recoveryReminderDue: false },
    });
    // Nothing more to pick once a vault is here.
    expect(await dispatch('vault.pickBackup', {})).toEqual({
      ok: false,
      error: { code: 'vaultExists' },
    });
  });

  it('either half of the pair may be picked; a lone half, another file or a cancel picks nothing', async () => {
    const { dispatch, pick } = harness(target, clock);
    pick(backupDb.replace(/\.db$/, '.key.json'));
    expect(await dispatch('vault.pickBackup', {})).toMatchObject({
      ok: true,
      value: { outcome: 'picked' },
    });

    pick(null);
    expect(await dispatch('vault.pickBackup', {})).toEqual({
      ok: true,
      value: { outcome: 'cancelled', fileName: null, takenAt: null },
    });

    pick(join(folder, 'notes.txt'));
    expect(await dispatch('vault.pickBackup', {})).toMatchObject({
      ok: true,
      value: { outcome: 'notABackup', fileName: null },
    });
    // A refused pick forgets the earlier one: restore has nothing to restore.
    expect(await dispatch('vault.restore', { passphrase: TEST_PASSPHRASE })).toEqual({
      ok: false,
      error: { code: 'notFound', field: 'backup' },
    });

    const lone = join(folder, 'lone.db');
    copyFileSync(backupDb, lone);
    pick(lone);
    expect(await dispatch('vault.pickBackup', {})).toEqual({
      ok: true,
      value: { outcome: 'keyFileMissing', fileName: 'lone.db', takenAt: null },
    });
    expect(readdirSync(target)).toEqual([]);
  });

  it('a renamed pair still restores', async () => {
    const { dispatch, pick, vault } = harness(target, clock);
    copyFileSync(backupDb, join(folder, 'kopi.db'));
    copyFileSync(backupDb.replace(/\.db$/, '.key.json'), join(folder, 'kopi.key.json'));
    rmSync(backupDb);
    pick(join(folder, 'kopi.db'));
    expect(await dispatch('vault.pickBackup', {})).toEqual({
      ok: true,
      value: { outcome: 'picked', fileName: 'kopi.db', takenAt: null },
    });
    expect(await dispatch('vault.restore', { passphrase: TEST_PASSPHRASE })).toMatchObject({
      ok: true,
    });
    expect(listProgrammes(vault.db)).toHaveLength(1);
  });

  it('without a picker (a host that offers none) nothing is picked', async () => {
    const { vault } = testVault(target);
    const dispatch = createDispatch(
      { vault, dataDir: target, now: () => clock.now },
      new MemoryLogger(),
    );
    expect(await dispatch('vault.pickBackup', {})).toMatchObject({
      ok: true,
      value: { outcome: 'cancelled' },
    });
  });
});

describe('recovery passphrase and device settings', () => {
  let dir: string;
  let h: Harness;
  const clock = { now: new Date('2026-03-02T09:00:00Z') };

  beforeEach(async () => {
    dir = tempDir();
    clock.now = new Date('2026-03-02T09:00:00Z');
    h = harness(dir, clock);
    expect(await h.dispatch('vault.create', { passphrase: TEST_PASSPHRASE })).toMatchObject({
      ok: true,
    });
  });
  afterEach(async () => {
    const id = h.vault.vaultId();
    h.vault.lock();
    if (id) await new KeytarKeyStore().delete(keychainAccount(id)).catch(() => false);
    removeDir(dir);
  });

  it('changes the passphrase: the new one opens the vault, the old one does not, the keychain still does', async () => {
    expect(
      await h.dispatch('vault.changePassphrase', {
        current: 'forkert gammel sætning',
        next: NEW_PASSPHRASE,
      }),
    ).toEqual({ ok: false, error: { code: 'wrongPassphrase' } });
    expect(
      await h.dispatch('vault.changePassphrase', {
        current: TEST_PASSPHRASE,
        next: NEW_PASSPHRASE,
      }),
    ).toEqual({ ok: true, value: {} });

    h.vault.lock();
    expect(await h.dispatch('vault.unlockWithPassphrase', { passphrase: TEST_PASSPHRASE })).toEqual(
      { ok: false, error: { code: 'wrongPassphrase' } },
    );
    expect(
      await h.dispatch('vault.unlockWithPassphrase', {
        passphrase: NEW_PASSPHRASE,
        rememberInKeychain: false,
      }),
    ).toEqual({ ok: true, value: { keychain: 'notRequested', recovery: 'ok', reapplied: null } });
    h.vault.lock();
    // The keychain key did not change.
    expect(await h.dispatch('vault.unlock', {})).toEqual({
      ok: true,
      value: { recovery: 'ok', keychain: 'ok', reapplied: null },
    });
  });

  it('a new passphrase shorter than the minimum never reaches the core', async () => {
    expect(
      await h.dispatch('vault.changePassphrase', { current: TEST_PASSPHRASE, next: 'kort' }),
    ).toEqual({ ok: false, error: { code: 'validation', field: 'next' } });
  });

  it('tests the recovery passphrase: right and wrong', async () => {
    clock.now = new Date(clock.now.getTime() + 10 * DAY);
    expect(await h.dispatch('vault.verifyRecovery', { passphrase: 'forkert sætning her' })).toEqual(
      {
        ok: false,
        error: { code: 'wrongPassphrase' },
      },
    );
    expect(await h.dispatch('vault.verifyRecovery', { passphrase: TEST_PASSPHRASE })).toEqual({
      ok: true,
      value: {
        idleLockMinutes: 10,
        recoveryTestedAt: clock.now.toISOString(),
        recoveryReminderDue: false,
      },
    });
  });

  it('reminds every 90 days; dismissing postpones 90 days; a test resets the clock', async () => {
    const due = async () => {
      const r = await h.dispatch('settings.get', {});
      if (!r.ok) throw new Error(r.error.code);
      return (r.value as { recoveryReminderDue: boolean }).recoveryReminderDue;
    };
    expect(await due()).toBe(false);
    clock.now = new Date(clock.now.getTime() + 89 * DAY);
    expect(await due()).toBe(false);
    clock.now = new Date(clock.now.getTime() + 1 * DAY);
    expect(await due()).toBe(true);
    expect(await h.dispatch('settings.dismissRecoveryReminder', {})).toMatchObject({
      ok: true,
      value: { recoveryReminderDue: false },
    });
    clock.now = new Date(clock.now.getTime() + 89 * DAY);
    expect(await due()).toBe(false);
    clock.now = new Date(clock.now.getTime() + 1 * DAY);
    expect(await due()).toBe(true);
    expect(await h.dispatch('vault.verifyRecovery', { passphrase: TEST_PASSPHRASE })).toMatchObject(
      { ok: true, value: { recoveryReminderDue: false } },
    );
    clock.now = new Date(clock.now.getTime() + 90 * DAY);
    expect(await due()).toBe(true);
  });

  it('a vault from before the reminder starts its 90 days at the first look', async () => {
    rmSync(join(dir, 'settings.json'));
    expect(await h.dispatch('settings.get', {})).toMatchObject({
      ok: true,
      value: { recoveryTestedAt: null, recoveryReminderDue: false },
    });
    clock.now = new Date(clock.now.getTime() + 90 * DAY);
    expect(await h.dispatch('settings.get', {})).toMatchObject({
      ok: true,
      value: { recoveryReminderDue: true },
    });
  });

  it('auto-lock minutes: stored, shown by vault.status (which the shell polls), and only while unlocked', async () => {
    expect(await h.dispatch('settings.setIdleLock', { minutes: 25 })).toMatchObject({
      ok: true,
      value: { idleLockMinutes: 25 },
    });
    expect(await h.dispatch('vault.status', {})).toEqual({
      ok: true,
      value: { state: 'unlocked', idleLockMinutes: 25 },
    });
    h.vault.lock();
    for (const [channel, input] of [
      ['settings.setIdleLock', { minutes: 240 }],
      ['settings.get', {}],
      ['settings.dismissRecoveryReminder', {}],
    ] as const) {
      expect(await h.dispatch(channel, input)).toEqual({
        ok: false,
        error: { code: 'vaultLocked' },
      });
    }
    expect(await h.dispatch('vault.status', {})).toMatchObject({
      ok: true,
      value: { idleLockMinutes: 25 },
    });
  });
});

// Handlers for the vault's key lifecycle as the consultant sees it: status, create, unlock, lock,
// restore from a backup pair, put back a missing key file, change, test or reset the recovery
// passphrase, and the device settings that go with them (auto-lock minutes, the 90-day
// recovery-test reminder).
import { existsSync } from 'node:fs';
import { DomainError } from '../domain/errors';
import { checkBackupPair, keyFileBeside } from '../retention/backup-pair';
import { restoreBackup } from '../retention/backups';
import { RecoveryDamagedError, VaultAbsentError, VaultExistsError } from '../vault/errors';
import {
  postponeRecoveryReminder,
  readSettings,
  recordRecoveryTested,
  recoveryReminderDueAt,
  updateSettings,
  type Settings,
} from '../vault/settings';
import type { ChannelOutput } from './contract';
import type { Core, HandlerTable } from './core';
import { afterUnlock } from './retention-handlers';
import { ensureDefaultPresets } from '../retention/policies';

type VaultChannel = Exclude<
  Extract<keyof HandlerTable, `vault.${string}` | `settings.${string}`>,
  `settings.issuer.${string}` // in issuer-handlers.ts
>;

/** The backup the consultant picked in the main process's file dialog, per vault; never sent to the page. */
const picked = new WeakMap<object, string>();

/** The security settings the page shows; starts the reminder's clock the first time it is asked. */
function securitySettings(core: Core): ChannelOutput<'settings.get'> {
  let s: Settings = readSettings(core.dataDir);
  let dueAt = recoveryReminderDueAt(s);
  if (!dueAt) {
    // A vault from before the reminder existed: the first reminder comes 90 days from now.
    try {
      s = postponeRecoveryReminder(core.dataDir, core.now());
    } catch {
      // A read-only data folder must not break the settings screen; the reminder waits.
    }
    dueAt = recoveryReminderDueAt(s);
  }
  return {
    idleLockMinutes: s.idleLockMinutes,
    recoveryTestedAt: s.recoveryTestedAt,
    recoveryReminderDue: dueAt !== null && core.now().getTime() >= dueAt.getTime(),
  };
}

/** Best effort: the vault action itself succeeded; a settings file that cannot be written only delays the reminder. */
function noteRecoveryTested(core: Core): void {
  try {
    recordRecoveryTested(core.dataDir, core.now());
  } catch {
    // Nothing to undo: the reminder simply comes sooner.
  }
}

/** Throws VaultLockedError unless the vault is open: settings change only for whoever unlocked it. */
function requireUnlocked(core: Core): void {
  void core.vault.db;
}

/** The vault's handlers: create, unlock, lock, restore, recovery and the app's settings. */
export type VaultHandlers = Pick<HandlerTable, VaultChannel>;

export const vaultHandlers: VaultHandlers = {
  'vault.status': async (core) => ({
    state: core.vault.state(),
    idleLockMinutes: readSettings(core.dataDir).idleLockMinutes,
  }),
  'vault.create': async (core, input) => {
    const { keychain } = await core.vault.create(input.passphrase);
    // The defaults written by the vault worker, so the read worker's first read needs no write.
    ensureDefaultPresets(core.vault.db, core.now());
    // The passphrase was just chosen: the first test reminder comes in 90 days.
    noteRecoveryTested(core);
    return { keychain };
  },
  'vault.unlock': async (core) => {
    const { recovery, keychain } = await core.vault.unlock();
    const reapplied = await afterUnlock(core);
    // Written by the vault worker, so the read worker's first due dates need no write.
    ensureDefaultPresets(core.vault.db, core.now());
    // The page tells the consultant about a repaired or missing recovery copy, and about
    // shreddings applied again to an older copy; no data crosses.
    return { recovery, keychain, reapplied };
  },
  'vault.unlockWithPassphrase': async (core, input) => {
    const { keychain, recovery } = await core.vault.unlockWithPassphrase(
      input.passphrase,
      input.rememberInKeychain ?? true,
    );
    const reapplied = await afterUnlock(core);
    ensureDefaultPresets(core.vault.db, core.now());
    return { keychain, recovery, reapplied };
  },
  'vault.resetRecovery': async (core, input) => {
    await core.vault.resetRecovery(input.passphrase);
    // The passphrase was just chosen: the first test reminder comes in 90 days.
    noteRecoveryTested(core);
    return {};
  },
  'vault.restoreKeyFile': async (core) => {
    // Checked before the dialog opens, so the consultant is not asked for a file that cannot be
    // used: only a locked vault.db without its key file takes one (an existing one is never replaced).
    const { paths } = core.vault;
    if (core.vault.state() === 'unlocked' || existsSync(paths.keyFile))
      throw new VaultExistsError();
    if (!existsSync(paths.db)) throw new VaultAbsentError();
    const path = core.pickKeyFile ? await core.pickKeyFile() : null;
    if (path === null) return { outcome: 'cancelled' };
    // Either half of a backup pair will do, as for a restore: the .db means the key file beside it.
    const keyFile = path.endsWith('.db') ? keyFileBeside(path) : path;
    try {
      core.vault.restoreKeyFile(keyFile);
    } catch (err) {
      if (err instanceof RecoveryDamagedError) return { outcome: 'notAKeyFile' };
      throw err;
    }
    return { outcome: 'restored' };
  },
  'vault.keepKeyInKeychain': async (core) => ({
    keychain: await core.vault.keepThisCopyInKeychain(),
  }),
  'vault.lock': async (core) => {
    core.vault.lock();
    return {};
  },
  'vault.pickBackup': async (core) => {
    if (core.vault.state() !== 'absent') throw new VaultExistsError();
    const path = core.pickBackupFile ? await core.pickBackupFile() : null;
    if (path === null) return { outcome: 'cancelled', fileName: null, takenAt: null };
    const { dbPath, ...outcome } = checkBackupPair(path);
    if (dbPath) picked.set(core.vault, dbPath);
    else picked.delete(core.vault);
    return outcome;
  },
  'vault.restore': async (core, input) => {
    const backup = picked.get(core.vault);
    if (!backup) throw new DomainError('notFound', 'backup');
    // Verifies the pair with the passphrase, then places it in the empty data folder.
    await restoreBackup(backup, input.passphrase, core.dataDir);
    picked.delete(core.vault);
    const { keychain } = await core.vault.unlockWithPassphrase(input.passphrase, true);
    noteRecoveryTested(core);
    const reapplied = await afterUnlock(core);
    return { keychain, reapplied };
  },
  'vault.changePassphrase': async (core, input) => {
    await core.vault.changePassphrase(input.current, input.next);
    noteRecoveryTested(core);
    return {};
  },
  'vault.verifyRecovery': async (core, input) => {
    await core.vault.verifyRecovery(input.passphrase);
    noteRecoveryTested(core);
    return securitySettings(core);
  },
  'settings.get': async (core) => {
    requireUnlocked(core);
    return securitySettings(core);
  },
  'settings.setIdleLock': async (core, input) => {
    requireUnlocked(core);
    // The Electron shell reads this at every idle poll, so the new value applies without a restart.
    updateSettings(core.dataDir, { idleLockMinutes: input.minutes });
    return securitySettings(core);
  },
  'settings.dismissRecoveryReminder': async (core) => {
    requireUnlocked(core);
    postponeRecoveryReminder(core.dataDir, core.now());
    return securitySettings(core);
  },
};

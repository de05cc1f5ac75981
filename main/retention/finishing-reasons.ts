// Why the finishing steps after a shredding are still owed: the word list, written once for the
// core (finishing.ts), the IPC contract and the window. Renderer-safe: no imports.

/**
 * Why the finishing steps after a purge are pending (the purge itself is done):
 * diskFull / storageReadOnly: the data folder cannot take the write (free space, make writable);
 * backupFolderUnavailable / backupFolderFull / backupFolderReadOnly: the backup folder is gone
 * (drive unplugged), full, or not writable; backupCopyDamaged: the fresh copy failed its check;
 * keychainUnavailable / keychainLocked: the OS keychain did not take the new key;
 * keyFilePending: an earlier rekey's key file is still to be finished; vaultLocked: the vault was
 * locked meanwhile; unexpected: anything else (logged by code, never by content).
 */
export const FINISHING_REASONS = [
  'diskFull',
  'storageReadOnly',
  'backupFolderUnavailable',
  'backupFolderFull',
  'backupFolderReadOnly',
  'backupCopyDamaged',
  'keychainUnavailable',
  'keychainLocked',
  'keyFilePending',
  'vaultLocked',
  'unexpected',
] as const;
export type FinishingReason = (typeof FINISHING_REASONS)[number];

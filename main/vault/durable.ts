// The seam every durable write passes through: one named point per write that changes what
// survives a crash (key file, keychain, database key, purge, backups). Production runs each
// write as it is; the crash-point tests stop the process image at a point, or make that one
// write fail, and prove every resulting state still opens.

/** The named durable writes, in the order a shredding reaches them (see rekey.ts for the states). */
export const DURABLE_POINTS = [
  'create.keyFile',
  'create.keychainSetCurrent',
  'unlock.keyFile',
  'unlock.pin',
  'unlock.keyIds',
  'unlock.keychainSetCurrent',
  'unlock.keychainDeleteCurrent',
  'unlock.keychainDeleteNext',
  'unlock.confirmDestroyed',
  'passphrase.pin',
  'passphrase.keyFile',
  'passphrase.revertPin',
  'shred.purge',
  // The shredding ledger in the keychain (retention/shred-ledger.ts): an older copy's missing
  // records applied, then each entry and the head written out.
  'ledger.catchUp',
  'ledger.entry',
  'ledger.head',
  'ledger.mark',
  'shred.merge',
  'shred.vacuum',
  'rekey.keychainSetCurrent',
  'rekey.keyIds',
  'rekey.keychainSetNext',
  'rekey.keyFilePending',
  'rekey.database',
  'rekey.covers',
  'rekey.keyFileCurrent',
  'rekey.keychainDeleteNext',
  'rekey.confirmDestroyed',
  'backup.take',
  'backup.keyFile',
  'backup.rename',
  'backup.prune',
  'shred.clearPending',
  // Finishing marker (retention/shred.ts): the WAL truncate and VACUUM step done. The merge's
  // marker rides in 'shred.merge', the rekey's is 'rekey.covers', and the backups' is written
  // with 'shred.clearPending'.
  'shred.compacted',
] as const;
export type DurablePoint = (typeof DURABLE_POINTS)[number];

export interface DurableWrites {
  /** Runs one durable write; a test seam may instead throw (a crash, or that write's own failure). */
  write<T>(point: DurablePoint, run: () => T): T;
  /** The same for an asynchronous write (the keychain). */
  writeAsync<T>(point: DurablePoint, run: () => Promise<T>): Promise<T>;
}

/** Production: every write simply runs. */
export const directWrites: DurableWrites = {
  write: (_point, run) => run(),
  writeAsync: (_point, run) => run(),
};

// Typed vault errors: each carries a stable code the renderer translates; none carries personal data.

export type VaultErrorCode =
  | 'vaultLocked'
  | 'vaultAbsent'
  | 'vaultExists'
  | 'wrongPassphrase'
  | 'wrongKey'
  | 'keychainUnavailable'
  | 'keychainEntryMissing'
  | 'vaultCorrupt'
  | 'vaultFromFuture'
  | 'weakPassphrase'
  | 'keychainLocked'
  | 'diskFull'
  | 'storageReadOnly'
  | 'keyFileMissing'
  | 'recoveryDamaged'
  | 'finishingPending';

export abstract class VaultError extends Error {
  abstract readonly code: VaultErrorCode;
}

/** The vault is locked (or never opened) and the action needs it open. */
export class VaultLockedError extends VaultError {
  readonly code = 'vaultLocked';
  constructor() {
    super('The vault is locked.');
  }
}

export class VaultAbsentError extends VaultError {
  readonly code = 'vaultAbsent';
  constructor() {
    super('No vault exists in this data folder.');
  }
}

export class VaultExistsError extends VaultError {
  readonly code = 'vaultExists';
  constructor() {
    super('A vault already exists in this data folder.');
  }
}

/** The recovery passphrase did not decrypt the wrapped key. The vault file was not touched. */
export class WrongPassphraseError extends VaultError {
  readonly code = 'wrongPassphrase';
  constructor() {
    super('The passphrase is not correct.');
  }
}

/** A key (from the keychain or a caller) does not belong to this vault. */
export class WrongKeyError extends VaultError {
  readonly code = 'wrongKey';
  constructor() {
    super('The key does not open this vault.');
  }
}

/** The OS keychain could not be reached (no Secret Service, locked, timed out). */
export class KeychainUnavailableError extends VaultError {
  readonly code = 'keychainUnavailable';
  constructor(readonly reason: 'noService' | 'timeout' | 'denied' = 'noService') {
    super(`The OS keychain is unavailable (${reason}).`);
  }
}

/** The keychain works but holds no key for this vault. */
export class KeychainEntryMissingError extends VaultError {
  readonly code = 'keychainEntryMissing';
  constructor() {
    super('The OS keychain holds no key for this vault.');
  }
}

/** The vault file (or its key file) is damaged; it was not modified. */
export class VaultCorruptError extends VaultError {
  readonly code = 'vaultCorrupt';
  constructor(readonly detail: string = 'integrity check failed') {
    super(`The vault is damaged: ${detail}.`);
  }
}

/** The vault was written by a newer Fortrolig; opening it could lose data, so it is refused. */
export class VaultFromFutureError extends VaultError {
  readonly code = 'vaultFromFuture';
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`The vault has schema version ${found}; this app supports up to ${supported}.`);
  }
}

export class WeakPassphraseError extends VaultError {
  readonly code = 'weakPassphrase';
  constructor() {
    super('The passphrase is too short.');
  }
}

/** The keychain answers but its collection is locked (login keyring not unlocked, prompt dismissed). */
export class KeychainLockedError extends VaultError {
  readonly code = 'keychainLocked';
  constructor() {
    super('The OS keychain is locked.');
  }
}

/** A write failed because the disk is full (ENOSPC, SQLITE_FULL). Nothing was half-written. */
export class DiskFullError extends VaultError {
  readonly code = 'diskFull';
  constructor() {
    super('The disk is full.');
  }
}

/** A write failed because the data folder or a file in it is read-only (EROFS, EACCES, EPERM, SQLITE_READONLY, SQLITE_CANTOPEN). */
export class StorageReadOnlyError extends VaultError {
  readonly code = 'storageReadOnly';
  constructor() {
    super('The data folder cannot be written.');
  }
}

/**
 * vault.db exists but vault.key.json beside it does not. The database is untouched; the way
 * forward is to put back the key file from a backup pair, or to write a new one from the
 * keychain key and a new passphrase.
 */
export class KeyFileMissingError extends VaultError {
  readonly code = 'keyFileMissing';
  constructor() {
    super('The vault key file is missing.');
  }
}

/**
 * The recovery copy in vault.key.json is damaged (a changed or flipped field), so the
 * passphrase cannot be checked against it. Unlocking with the keychain repairs it.
 */
export class RecoveryDamagedError extends VaultError {
  readonly code = 'recoveryDamaged';
  constructor() {
    super('The recovery copy of the key is damaged.');
  }
}

/**
 * A step that must come first has not finished (an interrupted rekey whose key file could not
 * be written); the action is refused so that no record of the live key is overwritten.
 */
export class FinishingPendingError extends VaultError {
  readonly code = 'finishingPending';
  constructor() {
    super('An earlier step is still pending.');
  }
}

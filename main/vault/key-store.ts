// KeyStore port: where the vault key lives between sessions (the OS keychain in the app).
// Keys cross this port as raw 32-byte buffers the receiver owns and zeroes; only the keychain
// adapter itself (keytar takes strings) ever holds a hex form, in the main thread.

/** Stores one 32-byte key per account under the service "Fortrolig". */
export interface KeyStore {
  /**
   * The key stored for `account` as a new Buffer the caller owns (and must zero), or null if
   * the keychain works but has no entry. An entry that is not 64 hex characters comes back as
   * an empty Buffer (length 0), which no vault accepts.
   * @throws KeychainUnavailableError (no Secret Service, timeout), KeychainLockedError.
   */
  get(account: string): Promise<Buffer | null>;
  /**
   * Stores `key` (32 bytes) for `account`, replacing any entry. The caller keeps ownership of
   * `key`. @throws KeychainUnavailableError, KeychainLockedError.
   */
  set(account: string, key: Uint8Array): Promise<void>;
  /** True if an entry was removed. @throws KeychainUnavailableError, KeychainLockedError. */
  delete(account: string): Promise<boolean>;
  /** Account names under the service (never secrets). @throws KeychainUnavailableError, KeychainLockedError. */
  accounts(): Promise<string[]>;
  /**
   * A text entry (not a key: the shredding ledger, retention/shred-ledger.ts), or null if there
   * is none. At most TEXT_ENTRY_MAX characters are ever written (Windows Credential Manager
   * holds 2,560 bytes per entry). @throws KeychainUnavailableError, KeychainLockedError.
   */
  getText(account: string): Promise<string | null>;
  /** Stores a text entry, replacing any. @throws KeychainUnavailableError, KeychainLockedError. */
  setText(account: string, text: string): Promise<void>;
}

/**
 * Longest text one keychain entry is given, in UTF-16 code units of ASCII text: Windows'
 * Credential Manager takes 2,560 bytes per secret (CRED_MAX_CREDENTIAL_BLOB_SIZE), and keytar
 * stores a string there as UTF-16 on some versions (2 bytes a character).
 */
export const TEXT_ENTRY_MAX = 1200;

export const KEYCHAIN_SERVICE = 'Fortrolig';

/**
 * The keychain account the vault's key is stored under: "vault:<vaultId>" (service Fortrolig).
 */
export function keychainAccount(vaultId: string): string {
  return `vault:${vaultId}`;
}

/** Keychain account holding the next key while a rekey is under way. */
export function nextKeychainAccount(vaultId: string): string {
  return `${keychainAccount(vaultId)}:next`;
}

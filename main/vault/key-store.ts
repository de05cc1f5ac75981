// KeyStore port: where the vault key lives between sessions (the OS keychain in the app).

/** Stores one secret per account under the service "Fortrolig". */
export interface KeyStore {
  /** The secret, or null if the keychain works but has no entry. Throws KeychainUnavailableError. */
  get(account: string): Promise<string | null>;
  /** Throws KeychainUnavailableError. */
  set(account: string, secret: string): Promise<void>;
  /** True if an entry was removed. Throws KeychainUnavailableError. */
  delete(account: string): Promise<boolean>;
}

export const KEYCHAIN_SERVICE = 'Fortrolig';

export function keychainAccount(vaultId: string): string {
  return `vault:${vaultId}`;
}

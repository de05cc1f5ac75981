// The vault: create, unlock (keychain or recovery passphrase), lock, change passphrase, check.
// Holds the only open connection and the key while unlocked; zeroes the key on lock.
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database, OpenDatabase } from './database';
import {
  KeychainEntryMissingError,
  KeychainUnavailableError,
  VaultAbsentError,
  VaultCorruptError,
  VaultExistsError,
  VaultLockedError,
  WeakPassphraseError,
  WrongKeyError,
} from './errors';
import { keychainAccount, type KeyStore } from './key-store';
import {
  DEFAULT_KDF,
  keyMatches,
  readKeyFile,
  unwrapKey,
  wrapKey,
  writeKeyFile,
  type KdfCost,
  type KeyFile,
} from './key-file';
import { stderrLogger, type Logger } from './logger';
import { assertNotFromFuture, migrate } from './migrate';
import { openSqlCipher } from './sqlcipher-driver';
import { runIntegrityChecks, type IntegrityReport } from './integrity';
import { isSqliteCode } from './sqlite-errors';

export const MIN_PASSPHRASE_LENGTH = 12;

export type VaultState = 'absent' | 'locked' | 'unlocked';
export type KeychainOutcome = 'stored' | 'unavailable';

export type VaultOptions = Readonly<{
  dataDir: string;
  keyStore: KeyStore;
  logger?: Logger;
  openDatabase?: OpenDatabase;
  /** Lower only in tests; the key file records whatever cost was used. */
  kdfCost?: KdfCost;
}>;

export function vaultPaths(dataDir: string) {
  return {
    db: join(dataDir, 'vault.db'),
    keyFile: join(dataDir, 'vault.key.json'),
  } as const;
}

/**
 * Per-connection settings. synchronous=FULL: an acknowledged note survives power loss, not
 * only a crash. secure_delete zeroes freed pages; temp_store keeps sort spills off the disk.
 */
export function configureConnection(db: Database): void {
  db.pragmaValue('journal_mode = WAL');
  db.exec(
    'PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;',
  );
}

export class Vault {
  readonly paths: ReturnType<typeof vaultPaths>;
  readonly #keyStore: KeyStore;
  readonly #logger: Logger;
  readonly #open: OpenDatabase;
  readonly #kdfCost: KdfCost;
  #db: Database | null = null;
  #key: Buffer | null = null;
  #vaultId: string | null = null;

  constructor(private readonly options: VaultOptions) {
    this.paths = vaultPaths(options.dataDir);
    this.#keyStore = options.keyStore;
    this.#logger = options.logger ?? stderrLogger;
    this.#open = options.openDatabase ?? openSqlCipher;
    this.#kdfCost = options.kdfCost ?? DEFAULT_KDF;
  }

  state(): VaultState {
    if (this.#db) return 'unlocked';
    return existsSync(this.paths.keyFile) ? 'locked' : 'absent';
  }

  /** The vault id (not personal: a random UUID naming the keychain entry), if a vault exists. */
  vaultId(): string | null {
    if (this.#vaultId) return this.#vaultId;
    return existsSync(this.paths.keyFile) ? readKeyFile(this.paths.keyFile).vaultId : null;
  }

  /** The open database; throws VaultLockedError when locked. */
  get db(): Database {
    if (!this.#db) throw new VaultLockedError();
    return this.#db;
  }

  /** Creates an empty vault, wraps its key with `passphrase`, and tries to store it in the keychain. */
  async create(passphrase: string): Promise<{ vaultId: string; keychain: KeychainOutcome }> {
    if (existsSync(this.paths.keyFile) || existsSync(this.paths.db)) throw new VaultExistsError();
    if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) throw new WeakPassphraseError();
    mkdirSync(this.options.dataDir, { recursive: true, mode: 0o700 });
    const vaultId = randomUUID();
    const key = randomBytes(32);
    try {
      // Key file first: a crash after it leaves a vault that opens (and migrates) normally.
      writeKeyFile(this.paths.keyFile, await wrapKey(vaultId, key, passphrase, this.#kdfCost));
      this.#openWithKey(key, readKeyFile(this.paths.keyFile));
    } catch (err) {
      key.fill(0);
      throw err;
    }
    this.#logger.info('vault.created');
    return { vaultId, keychain: await this.#storeInKeychain() };
  }

  /** Unlocks with the key kept in the OS keychain. */
  async unlock(): Promise<void> {
    if (this.#db) return;
    const file = this.#readKeyFileOrAbsent();
    const secret = await this.#keyStore.get(keychainAccount(file.vaultId));
    if (secret === null) throw new KeychainEntryMissingError();
    if (!/^[0-9a-f]{64}$/.test(secret)) throw new WrongKeyError();
    const key = Buffer.from(secret, 'hex');
    if (!keyMatches(file, key)) {
      key.fill(0);
      throw new WrongKeyError();
    }
    this.#openWithKey(key, file);
    this.#logger.info('vault.unlocked', { via: 'keychain' });
  }

  /**
   * Unlocks with the recovery passphrase. With `rememberInKeychain` (the default) the key
   * is stored in the keychain again, which repairs a lost or wiped entry.
   */
  async unlockWithPassphrase(
    passphrase: string,
    rememberInKeychain = true,
  ): Promise<{ keychain: KeychainOutcome | 'notRequested' }> {
    if (this.#db) return { keychain: 'notRequested' };
    const file = this.#readKeyFileOrAbsent();
    const key = await unwrapKey(file, passphrase);
    this.#openWithKey(key, file);
    this.#logger.info('vault.unlocked', { via: 'passphrase' });
    return { keychain: rememberInKeychain ? await this.#storeInKeychain() : 'notRequested' };
  }

  /** Closes the database and zeroes the key. Safe to call when already locked. */
  lock(): void {
    const db = this.#db;
    this.#db = null;
    if (db) {
      try {
        db.close();
      } finally {
        this.#key?.fill(0);
        this.#key = null;
        this.#logger.info('vault.locked');
      }
    }
    this.#key?.fill(0);
    this.#key = null;
  }

  /** Re-wraps the key under a new passphrase; the database itself is not touched. */
  async changePassphrase(current: string, next: string): Promise<void> {
    if ([...next].length < MIN_PASSPHRASE_LENGTH) throw new WeakPassphraseError();
    const file = this.#readKeyFileOrAbsent();
    const key = await unwrapKey(file, current);
    try {
      writeKeyFile(this.paths.keyFile, await wrapKey(file.vaultId, key, next, this.#kdfCost));
    } finally {
      key.fill(0);
    }
    this.#logger.info('vault.passphraseChanged');
  }

  /** Stores the open vault's key in the keychain; 'unavailable' if there is none to use. */
  async storeKeyInKeychain(): Promise<KeychainOutcome> {
    if (!this.#db) throw new VaultLockedError();
    return this.#storeInKeychain();
  }

  /** quick_check and cipher_integrity_check; throws VaultCorruptError if either finds a problem. */
  check(): IntegrityReport {
    const report = runIntegrityChecks(this.db);
    if (!report.ok) throw new VaultCorruptError('integrity check failed');
    return report;
  }

  async #storeInKeychain(): Promise<KeychainOutcome> {
    if (!this.#key || !this.#vaultId) throw new VaultLockedError();
    try {
      await this.#keyStore.set(keychainAccount(this.#vaultId), this.#key.toString('hex'));
      return 'stored';
    } catch (err) {
      if (err instanceof KeychainUnavailableError) {
        this.#logger.warn('keychain.unavailable', { reason: err.reason });
        return 'unavailable';
      }
      throw err;
    }
  }

  #readKeyFileOrAbsent(): KeyFile {
    if (!existsSync(this.paths.keyFile)) throw new VaultAbsentError();
    const file = readKeyFile(this.paths.keyFile);
    if (!existsSync(this.paths.db)) throw new VaultCorruptError('database file missing');
    return file;
  }

  /** Opens, verifies the key against page 1, refuses future schemas, then migrates. Takes ownership of `key`. */
  #openWithKey(key: Buffer, file: KeyFile): void {
    let db: Database | null = null;
    try {
      db = this.#open(this.paths.db, key);
      try {
        db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
      } catch (err) {
        if (isSqliteCode(err, 'SQLITE_NOTADB', 'SQLITE_CORRUPT')) {
          throw keyMatches(file, key)
            ? new VaultCorruptError('header unreadable')
            : new WrongKeyError();
        }
        throw err;
      }
      assertNotFromFuture(db);
      configureConnection(db);
      migrate(db);
    } catch (err) {
      try {
        db?.close();
      } catch {
        // already failing; the original error is the one to report
      }
      key.fill(0);
      if (isSqliteCode(err, 'SQLITE_CORRUPT', 'SQLITE_NOTADB'))
        throw new VaultCorruptError('unreadable page');
      throw err;
    }
    this.#db = db;
    this.#key = key;
    this.#vaultId = file.vaultId;
  }
}

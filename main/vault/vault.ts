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
  createKeyFile,
  keyMatches,
  pendingKeyMatches,
  readKeyFile,
  rewrapPassphrase,
  unwrapKey,
  unwrapPendingKey,
  withCurrentKey,
  withPendingKey,
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
 * A 32 MiB page cache: every cache miss on a keyed vault costs a page decryption.
 */
export function configureConnection(db: Database): void {
  db.pragmaValue('journal_mode = WAL');
  db.exec(
    'PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -32768;',
  );
}

/** Keychain account holding the next key while a rekey is under way. */
function nextAccount(vaultId: string): string {
  return `${keychainAccount(vaultId)}:next`;
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
      writeKeyFile(
        this.paths.keyFile,
        await createKeyFile(vaultId, key, passphrase, this.#kdfCost),
      );
      this.#openWithKey(key, readKeyFile(this.paths.keyFile));
    } catch (err) {
      key.fill(0);
      throw err;
    }
    this.#logger.info('vault.created');
    return { vaultId, keychain: await this.#storeInKeychain() };
  }

  /** Unlocks with the key kept in the OS keychain (or, after an interrupted rekey, the new key kept beside it). */
  async unlock(): Promise<void> {
    if (this.#db) return;
    const file = this.#readKeyFileOrAbsent();
    const account = keychainAccount(file.vaultId);
    const current = await this.#keyStore.get(account);
    // Read even without a pending key in the file: a rekey interrupted after the file was
    // finalised but before the keychain was updated leaves the new key only there.
    const next = await this.#keyStore.get(nextAccount(file.vaultId));
    if (current === null && next === null) throw new KeychainEntryMissingError();
    const candidates = [current, next]
      .filter((s): s is string => s !== null && /^[0-9a-f]{64}$/.test(s))
      .map((s) => Buffer.from(s, 'hex'))
      .filter((k) => keyMatches(file, k) || pendingKeyMatches(file, k));
    if (candidates.length === 0) throw new WrongKeyError();
    this.#openWithFirstWorkingKey(candidates, file);
    await this.#finishInterruptedRekey(
      file,
      current !== this.#key!.toString('hex') || next !== null,
    );
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
    const candidates = [await unwrapKey(file, passphrase)];
    const pending = await unwrapPendingKey(file, passphrase);
    if (pending) candidates.push(pending);
    this.#openWithFirstWorkingKey(candidates, file);
    await this.#finishInterruptedRekey(file, false);
    this.#logger.info('vault.unlocked', { via: 'passphrase' });
    return { keychain: rememberInKeychain ? await this.#storeInKeychain() : 'notRequested' };
  }

  /**
   * Crypto-shredding: re-encrypts the whole vault under a fresh random key, then replaces the
   * keychain entry and the recovery copy, and destroys the old key. Crash-safe: the new key is
   * recorded (sealed, and in the keychain) before the database changes, so every interruption
   * leaves a vault that opens with the old key or the new one.
   */
  async rekey(): Promise<{ keychain: KeychainOutcome }> {
    const db = this.db;
    const vaultId = this.#vaultId!;
    const next = randomBytes(32);
    const file = readKeyFile(this.paths.keyFile);
    let keychain: KeychainOutcome = 'stored';
    try {
      await this.#keyStore.set(nextAccount(vaultId), next.toString('hex'));
    } catch (err) {
      if (!(err instanceof KeychainUnavailableError)) throw err;
      keychain = 'unavailable';
    }
    writeKeyFile(this.paths.keyFile, withPendingKey(file, next));
    db.pragmaValue('wal_checkpoint(TRUNCATE)');
    db.pragmaValue(`rekey = "x'${next.toString('hex')}'"`);
    // Old-key pages must not linger in the WAL: fold it into the file and truncate it.
    db.pragmaValue('wal_checkpoint(TRUNCATE)');
    writeKeyFile(this.paths.keyFile, withCurrentKey(file, next));
    this.#key?.fill(0);
    this.#key = next;
    if (keychain === 'stored') keychain = await this.#storeInKeychain();
    await this.#keyStore.delete(nextAccount(vaultId)).catch(() => false);
    this.#logger.info('vault.rekeyed');
    return { keychain };
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

  /** Re-wraps the recovery key under a new passphrase; the database itself is not touched. */
  async changePassphrase(current: string, next: string): Promise<void> {
    if ([...next].length < MIN_PASSPHRASE_LENGTH) throw new WeakPassphraseError();
    const file = this.#readKeyFileOrAbsent();
    writeKeyFile(this.paths.keyFile, await rewrapPassphrase(file, current, next, this.#kdfCost));
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

  #openWithFirstWorkingKey(candidates: Buffer[], file: KeyFile): void {
    let lastError: unknown = new WrongKeyError();
    for (const [i, key] of candidates.entries()) {
      try {
        this.#openWithKey(key, file);
        for (const rest of candidates.slice(i + 1)) rest.fill(0);
        return;
      } catch (err) {
        if (!(err instanceof WrongKeyError || err instanceof VaultCorruptError)) {
          for (const rest of candidates.slice(i + 1)) rest.fill(0);
          throw err;
        }
        lastError = err;
      }
    }
    throw lastError;
  }

  /**
   * After an interrupted rekey: make the key that opened the vault the recorded one everywhere
   * (key file, keychain) and drop the keychain's "next" entry. `keychainStale`: the keychain's
   * main entry is not the key that opened the vault, or a "next" entry is left over.
   */
  async #finishInterruptedRekey(file: KeyFile, keychainStale: boolean): Promise<void> {
    if ((!file.pending && !keychainStale) || !this.#key) return;
    if (file.pending) writeKeyFile(this.paths.keyFile, withCurrentKey(file, this.#key));
    await this.#storeInKeychain();
    await this.#keyStore.delete(nextAccount(file.vaultId)).catch(() => false);
    this.#logger.info('vault.rekeyFinished');
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

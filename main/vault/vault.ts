// The vault: create, unlock (keychain or recovery passphrase), lock, rekey, change or verify the
// recovery passphrase, check. Holds the only open connection and the key while unlocked; zeroes
// the key on lock. The key lifecycle's states and transitions are written down in rekey.ts.
import { randomFillSync, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { writeFileAtomic } from './atomic-file';
import { join } from 'node:path';
import type { Database, OpenDatabase } from './database';
import { directWrites, type DurableWrites } from './durable';
import { hardenDataDir } from './data-dir-modes';
import { addKeyId, keyId } from './key-ids';
import { toEnvironmentError } from './environment-errors';
import {
  KeyFileMissingError,
  KeychainEntryMissingError,
  RecoveryDamagedError,
  VaultAbsentError,
  VaultCorruptError,
  VaultError,
  VaultExistsError,
  VaultLockedError,
  WrongKeyError,
} from './errors';
import { keychainAccount, nextKeychainAccount, type KeyStore } from './key-store';
import {
  DEFAULT_KDF,
  createKeyFile,
  keyFileFor,
  keyMayOpen,
  passphraseOpens,
  readKeyFileState,
  serializeKeyFile,
  unwrapKeys,
  writeKeyFile,
  type KdfCost,
  type KeyFile,
  type KeyFileRead,
  type RecoveryBlock,
} from './key-file';
import { stderrLogger, type Logger } from './logger';
import { assertNotFromFuture, migrate, schemaVersion } from './migrate';
import { assertStrongPassphrase } from './passphrase-rule';
import { readRecoveryPin, writeRecoveryPin } from './recovery-pin';
import {
  reconcile,
  rekey,
  type KeyContext,
  type KeychainState,
  type ReconcileReport,
  type RekeyReport,
} from './rekey';
import { openSqlCipher } from './sqlcipher-driver';
import { runIntegrityChecks, type IntegrityReport } from './integrity';
import { isSqliteCode } from './sqlite-errors';

export type VaultState = 'absent' | 'locked' | 'unlocked';
export type KeychainOutcome = 'stored' | 'unavailable';
export type { ReconcileReport, RekeyReport, KeychainState };

/** A SQLCipher 4 file is whole pages of 4096 bytes; anything shorter has no readable header. */
const MIN_DATABASE_BYTES = 4096;

export type VaultOptions = Readonly<{
  dataDir: string;
  keyStore: KeyStore;
  logger?: Logger;
  openDatabase?: OpenDatabase;
  /** Lower only in tests; the key file records whatever cost was used. */
  kdfCost?: KdfCost;
  /** The durable-write seam; only the crash-point tests replace it. */
  durable?: DurableWrites;
  /**
   * Called synchronously before the key or the connection goes away (lock, rekey): the vault
   * worker revokes the read worker here (host/reader-gate.ts), so no read runs on a second
   * connection across a key change, whichever call caused it.
   */
  revokeReaders?: () => void;
  /**
   * The read worker's: per-connection temp objects its reads need, created on its connection
   * before PRAGMA query_only is turned on (openForReading).
   */
  prepareReadConnection?: (db: Database) => void;
}>;

/**
 * The vault's files in `dataDir`: the database (vault.db), its key file (vault.key.json) and a
 * database being created (vault.db.creating, renamed to vault.db once the key file is written).
 */
export function vaultPaths(dataDir: string) {
  return {
    db: join(dataDir, 'vault.db'),
    keyFile: join(dataDir, 'vault.key.json'),
    /** A vault being created: renamed to `db` only once the key file is written. */
    creating: join(dataDir, 'vault.db.creating'),
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

export class Vault {
  readonly paths: ReturnType<typeof vaultPaths>;
  readonly #keyStore: KeyStore;
  readonly #logger: Logger;
  readonly #open: OpenDatabase;
  readonly #kdfCost: KdfCost;
  readonly #durable: DurableWrites;
  #db: Database | null = null;
  #key: Buffer | null = null;
  #vaultId: string | null = null;

  constructor(private readonly options: VaultOptions) {
    this.paths = vaultPaths(options.dataDir);
    this.#keyStore = options.keyStore;
    this.#logger = options.logger ?? stderrLogger;
    this.#open = options.openDatabase ?? openSqlCipher;
    this.#kdfCost = options.kdfCost ?? DEFAULT_KDF;
    this.#durable = options.durable ?? directWrites;
  }

  /** The keychain port, for the shredding ledger (retention/shred-ledger.ts): text entries only. */
  get keyStore(): KeyStore {
    return this.#keyStore;
  }

  /** The durable-write seam, for the shredding and backup steps that run beside the vault. */
  get durable(): DurableWrites {
    return this.#durable;
  }

  /**
   * 'unlocked'; 'locked' when vault.db or vault.key.json exists (a missing key file beside a
   * vault.db is a damaged vault, never "no vault"); 'absent' otherwise, including a creation
   * that was interrupted before its database was put in place.
   */
  state(): VaultState {
    if (this.#db) return 'unlocked';
    if (existsSync(this.paths.db)) return 'locked';
    if (existsSync(this.paths.keyFile) && !existsSync(this.paths.creating)) return 'locked';
    return 'absent';
  }

  /** The vault id (not personal: a random UUID naming the keychain entry), if it can be read. */
  vaultId(): string | null {
    if (this.#vaultId) return this.#vaultId;
    const read = readKeyFileState(this.paths.keyFile);
    if (read.kind === 'ok') return read.file.vaultId;
    return read.kind === 'damaged' ? read.vaultId : null;
  }

  /** The open database; throws VaultLockedError when locked. */
  get db(): Database {
    if (!this.#db) throw new VaultLockedError();
    return this.#db;
  }

  /**
   * Creates an empty vault: schema and pinned recovery block in `vault.db.creating`, then the
   * key file, then the rename that makes it the vault, then the keychain entry. A crash before
   * the rename leaves 'absent' (and create cleans up); after it, a vault that opens.
   * @throws VaultExistsError, WeakPassphraseError, DiskFullError, StorageReadOnlyError.
   */
  async create(passphrase: string): Promise<{ vaultId: string; keychain: KeychainOutcome }> {
    if (this.state() !== 'absent') throw new VaultExistsError();
    assertStrongPassphrase(passphrase);
    mkdirSync(this.options.dataDir, { recursive: true, mode: 0o700 });
    for (const leftover of [this.paths.keyFile, this.paths.creating])
      rmSync(leftover, { force: true });
    for (const suffix of ['-wal', '-shm']) rmSync(this.paths.creating + suffix, { force: true });
    const vaultId = randomUUID();
    const key = newKey();
    try {
      const file = await createKeyFile(vaultId, key, passphrase, this.#kdfCost);
      const db = this.#open(this.paths.creating, key);
      try {
        configureConnection(db);
        migrate(db);
        writeRecoveryPin(db, file.recovery);
        addKeyId(db, keyId(vaultId, key));
        db.pragmaValue('journal_mode = DELETE');
      } finally {
        db.close();
      }
      this.#durable.write('create.keyFile', () => writeKeyFile(this.paths.keyFile, file));
      renameSync(this.paths.creating, this.paths.db);
      this.#openWithKey(key, vaultId);
    } catch (err) {
      key.fill(0);
      throw toEnvironmentError(err) ?? err;
    }
    this.#logger.info('vault.created');
    const stored = await this.#durable
      .writeAsync('create.keychainSetCurrent', () =>
        this.#keyStore.set(keychainAccount(vaultId), key),
      )
      .then(() => 'stored' as const)
      .catch((err: unknown) => {
        if (!(err instanceof VaultError)) throw err;
        this.#logger.warn('keychain.unavailable', { reason: err.code });
        return 'unavailable' as const;
      });
    return { vaultId, keychain: stored };
  }

  /**
   * Unlocks with the key kept in the OS keychain (entry `vault:<id>`, or `vault:<id>:next`
   * after an interrupted rekey), then reconciles key file, pin and keychain (rekey.ts). Without
   * a readable key file, every `vault:<uuid>` entry is tried. All-or-nothing: on any error the
   * vault is locked again.
   * @returns the recovery copy's and the keychain's state after reconciling.
   * @throws VaultAbsentError, VaultCorruptError (empty, truncated or schemaless vault.db),
   *   KeyFileMissingError (key file gone and no keychain key opens the vault),
   *   KeychainEntryMissingError, KeychainUnavailableError, KeychainLockedError, WrongKeyError,
   *   VaultFromFutureError, DiskFullError, StorageReadOnlyError.
   */
  async unlock(): Promise<ReconcileReport> {
    if (this.#db) return { recovery: 'ok', keychain: 'ok' };
    this.#harden();
    const read = readKeyFileState(this.paths.keyFile);
    this.#assertDatabaseFile(read);
    // A damaged file's vault id may itself be damaged: every vault id the keychain names is
    // tried after it (the database decides which key is this vault's).
    const ids =
      read.kind === 'ok'
        ? [read.file.vaultId]
        : [
            ...new Set([
              ...(read.kind === 'damaged' && read.vaultId ? [read.vaultId] : []),
              ...vaultIdsIn(await this.#keyStore.accounts()),
            ]),
          ];
    const candidates: { vaultId: string; key: Buffer }[] = [];
    for (const vaultId of ids) {
      for (const account of [keychainAccount(vaultId), nextKeychainAccount(vaultId)]) {
        const key = await this.#keyStore.get(account);
        if (key) candidates.push({ vaultId, key });
      }
    }
    if (candidates.length === 0) {
      throw read.kind === 'missing' ? new KeyFileMissingError() : new KeychainEntryMissingError();
    }
    // A key whose check value the file knows goes first; the database decides in the end.
    if (read.kind === 'ok') {
      candidates.sort(
        (a, b) => Number(keyMayOpen(read.file, b.key)) - Number(keyMayOpen(read.file, a.key)),
      );
    }
    const known = read.kind === 'ok' && candidates.some((c) => keyMayOpen(read.file, c.key));
    try {
      this.#openWithFirstWorkingKey(candidates);
    } catch (err) {
      // The file knows one of these keys, yet page 1 refuses it: the database is damaged.
      if (err instanceof WrongKeyError && known) throw new VaultCorruptError('header unreadable');
      // Without a key file, keys of other vaults in the keychain prove nothing about this one.
      if (err instanceof WrongKeyError && read.kind === 'missing') throw new KeyFileMissingError();
      throw err;
    }
    const report = await this.#settle(read, { keychain: 'store' });
    this.#logger.info('vault.unlocked', { via: 'keychain', recovery: report.recovery });
    return report;
  }

  /**
   * Unlocks with the recovery passphrase. With `rememberInKeychain` (the default) the key is
   * stored in the keychain again, which repairs a lost or wiped entry.
   * @throws VaultAbsentError, KeyFileMissingError, RecoveryDamagedError (the key file is damaged
   *   or does not hold this vault's key: unlock with the keychain to repair it, or restore the
   *   key file from a backup), WrongPassphraseError, VaultCorruptError, VaultFromFutureError,
   *   DiskFullError, StorageReadOnlyError.
   */
  async unlockWithPassphrase(
    passphrase: string,
    rememberInKeychain = true,
  ): Promise<{
    keychain: KeychainOutcome | 'notRequested' | 'conflict';
    recovery: ReconcileReport['recovery'];
  }> {
    if (this.#db) return { keychain: 'notRequested', recovery: 'ok' };
    this.#harden();
    const read = readKeyFileState(this.paths.keyFile);
    this.#assertDatabaseFile(read);
    if (read.kind === 'missing') throw new KeyFileMissingError();
    if (read.kind === 'damaged') throw new RecoveryDamagedError();
    const { current, pending } = await unwrapKeys(read.file, passphrase);
    const candidates = [current, ...(pending ? [pending] : [])].map((key) => ({
      vaultId: read.file.vaultId,
      key,
    }));
    try {
      this.#openWithFirstWorkingKey(candidates);
    } catch (err) {
      // The passphrase opened the recovery copy: if its key is the one the file vouches for,
      // page 1 is damaged; otherwise the copy does not hold this vault's key.
      // (A damaged page 1 is told apart by the keychain unlock; here the copy is the suspect:
      // a key file from before a rekey, or one that belongs to another copy.)
      if (err instanceof WrongKeyError) throw new RecoveryDamagedError();
      throw err;
    }
    const report = await this.#settle(read, {
      keychain: rememberInKeychain ? 'store' : 'clean',
      verifiedRecovery: read.file.recovery,
    });
    this.#logger.info('vault.unlocked', { via: 'passphrase' });
    return {
      keychain:
        report.keychain === 'conflict'
          ? 'conflict'
          : !rememberInKeychain
            ? 'notRequested'
            : report.keychain === 'ok'
              ? 'stored'
              : 'unavailable',
      recovery: report.recovery,
    };
  }

  /**
   * Crypto-shredding: re-encrypts the whole vault under a fresh random key; see rekey.ts for
   * each step. A failure in the database step locks the vault (the next unlock finishes).
   * @throws FinishingPendingError (an earlier rekey's key file could not be finished and this
   *   retry failed too), KeychainUnavailableError, KeychainLockedError, DiskFullError,
   *   StorageReadOnlyError, VaultLockedError.
   */
  async rekey(): Promise<RekeyReport> {
    const ctx = this.#context();
    this.options.revokeReaders?.();
    // An earlier rekey left its key file unfinished: finish that first (unlock's reconcile).
    await this.#settle(readKeyFileState(this.paths.keyFile), { keychain: 'skip' }, false);
    const next = newKey();
    try {
      return await rekey({ ...ctx, key: this.#key! }, next, (adopted) => {
        this.#key?.fill(0);
        this.#key = adopted;
      });
    } catch (err) {
      if (this.#key !== next) next.fill(0);
      if (isDatabaseStepFailure(err)) this.lock();
      throw toEnvironmentError(err) ?? err;
    }
  }

  /** Closes the database and zeroes the key. Safe to call when already locked. */
  lock(): void {
    this.options.revokeReaders?.();
    const db = this.#db;
    this.#db = null;
    try {
      if (db) {
        db.close();
        this.#logger.info('vault.locked');
      }
    } finally {
      this.#key?.fill(0);
      this.#key = null;
      this.#vaultId = null;
    }
  }

  /**
   * A copy of the vault key (32 bytes, in a buffer of its own) for the read worker, which the
   * caller must zero once handed on (host/reader-gate.ts transfers and zeroes it).
   * @throws VaultLockedError when locked.
   */
  keyForReader(): Buffer {
    if (!this.#db || !this.#key) throw new VaultLockedError();
    const copy = Buffer.alloc(32);
    copy.set(this.#key);
    return copy;
  }

  /**
   * The read worker's unlock: opens vault.db as a second, query-only connection (PRAGMA
   * query_only: any write, even to a temp table, fails with SQLITE_READONLY) with `key` (32
   * bytes; copied, the caller zeroes its own), with no migration, key file or keychain step:
   * the vault worker has done those. An open connection is closed first. lock() closes it and
   * zeroes the copy as for the vault's own.
   * @throws WrongKeyError when the key does not open the file (a rekey got in between),
   *   VaultAbsentError when there is no vault.db.
   */
  openForReading(key: Uint8Array): void {
    this.lock();
    if (!existsSync(this.paths.db)) throw new VaultAbsentError();
    const own = Buffer.alloc(32);
    own.set(key);
    let db: Database | null = null;
    try {
      db = this.#open(this.paths.db, own);
      // temp_store first: changing it drops every temp table made before.
      db.exec(
        'PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -32768;',
      );
      // The search's temp vocabulary table must exist before query_only refuses every CREATE.
      this.options.prepareReadConnection?.(db);
      db.exec('PRAGMA query_only = ON');
      db.prepare('SELECT count(*) AS n FROM sqlite_schema').get();
    } catch (err) {
      db?.close();
      own.fill(0);
      if (isSqliteCode(err, 'SQLITE_NOTADB')) throw new WrongKeyError();
      throw err;
    }
    this.#db = db;
    this.#key = own;
  }

  /**
   * A new recovery passphrase. The current one must open the pinned recovery copy. A brand-new
   * recovery key pair is made (not a re-wrap), so an old key file with the old passphrase opens
   * no key sealed from now on; the vault key and the keychain entry stay as they are (the issue
   * asks so: the key changes at the next shredding). Order: the pin (the authority) first, then
   * the key file; if the key file cannot be written the pin is put back, so an answer that says
   * it failed leaves the old passphrase working. Needs the vault unlocked.
   * @throws VaultLockedError, WeakPassphraseError, WrongPassphraseError, RecoveryDamagedError,
   *   DiskFullError, StorageReadOnlyError.
   */
  async changePassphrase(current: string, next: string): Promise<void> {
    const ctx = this.#context();
    assertStrongPassphrase(next);
    const read = readKeyFileState(this.paths.keyFile);
    const pinned = readRecoveryPin(ctx.db) ?? (read.kind === 'ok' ? read.file.recovery : null);
    if (!pinned) throw new RecoveryDamagedError();
    await passphraseOpens(ctx.vaultId, pinned, current);
    const file = await createKeyFile(ctx.vaultId, ctx.key, next, this.#kdfCost);
    this.#replaceRecovery(ctx, file, pinned);
    this.#logger.info('vault.passphraseChanged');
  }

  /** Pin first, then key file; puts the old pin back if the key file cannot be written. */
  #replaceRecovery(ctx: KeyContext, file: KeyFile, previous: RecoveryBlock | null): void {
    try {
      this.#durable.write('passphrase.pin', () => writeRecoveryPin(ctx.db, file.recovery));
    } catch (err) {
      throw toEnvironmentError(err) ?? err;
    }
    try {
      this.#durable.write('passphrase.keyFile', () => writeKeyFile(this.paths.keyFile, file));
    } catch (err) {
      if (previous) {
        try {
          this.#durable.write('passphrase.revertPin', () => writeRecoveryPin(ctx.db, previous));
        } catch {
          // The pin keeps the new block; the next unlock writes the key file from it.
          this.#logger.warn('vault.recoveryRevertFailed');
        }
      }
      throw toEnvironmentError(err) ?? err;
    }
  }

  /**
   * Proves the recovery passphrase still opens this vault: it unwraps the recovery key and the
   * sealed key it opens is the vault's key. Locked: that key must open vault.db (checked
   * read-only, then closed). Unlocked: it must equal the open key, and the file must be intact.
   * @throws WrongPassphraseError, RecoveryDamagedError, KeyFileMissingError, VaultAbsentError.
   */
  async verifyRecovery(passphrase: string): Promise<void> {
    const read = readKeyFileState(this.paths.keyFile);
    if (read.kind === 'missing') {
      throw existsSync(this.paths.db) ? new KeyFileMissingError() : new VaultAbsentError();
    }
    if (read.kind === 'damaged') throw new RecoveryDamagedError();
    if (!this.#db) this.#assertDatabaseFile(read);
    const { current, pending } = await unwrapKeys(read.file, passphrase);
    pending?.fill(0);
    try {
      if (this.#db && this.#key) {
        if (!current.equals(this.#key)) throw new RecoveryDamagedError();
        const pin = readRecoveryPin(this.#db);
        if (pin) await passphraseOpens(read.file.vaultId, pin, passphrase);
        return;
      }
      const db = this.#open(this.paths.db, current);
      try {
        db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
      } catch {
        throw new RecoveryDamagedError();
      } finally {
        db.close();
      }
    } finally {
      current.fill(0);
    }
  }

  /**
   * The way forward when vault.key.json is missing or damaged and no keychain key opens the
   * vault: put back the key file of a backup pair (`keyFilePath`, a `….key.json`). It must be an
   * intact key file; whether it opens this vault is then decided by the passphrase unlock (a key
   * file from before a later rekey does not, and unlocking says recoveryDamaged). A key file
   * already there is renamed aside (`vault.key.json.replaced-<ms>`), never destroyed.
   * @throws VaultExistsError (the vault is unlocked), VaultAbsentError (no vault.db),
   *   RecoveryDamagedError (not an intact key file), DiskFullError, StorageReadOnlyError.
   */
  restoreKeyFile(keyFilePath: string): void {
    if (this.#db) throw new VaultExistsError();
    if (!existsSync(this.paths.db)) throw new VaultAbsentError();
    const read = readKeyFileState(keyFilePath);
    if (read.kind !== 'ok') throw new RecoveryDamagedError();
    try {
      // A key file already there (damaged, or one put back that does not fit) is kept aside,
      // never destroyed: it may still be the one that opens.
      if (existsSync(this.paths.keyFile)) {
        renameSync(this.paths.keyFile, `${this.paths.keyFile}.replaced-${Date.now()}`);
      }
      writeFileAtomic(this.paths.keyFile, readFileSync(keyFilePath));
    } catch (err) {
      throw toEnvironmentError(err) ?? err;
    }
    this.#logger.info('vault.keyFileRestored');
  }

  /**
   * For a vault whose recovery copy is lost ('missing' after unlock): a new recovery key pair
   * wrapped by `passphrase`, the key sealed to it, pinned. Needs the vault unlocked.
   * @throws VaultLockedError, WeakPassphraseError, DiskFullError, StorageReadOnlyError.
   */
  async resetRecovery(passphrase: string): Promise<void> {
    const ctx = this.#context();
    assertStrongPassphrase(passphrase);
    const file = await createKeyFile(ctx.vaultId, ctx.key, passphrase, this.#kdfCost);
    this.#replaceRecovery(ctx, file, readRecoveryPin(ctx.db));
    this.#logger.info('vault.recoveryReset');
  }

  /**
   * After an unlock that answered keychain 'conflict' (the keychain holds a key this vault never
   * had: another copy's), the consultant chose this copy for this computer. Both of this vault's
   * keychain entries are removed, then the live key is stored and pending key destructions are
   * confirmed, as at any unlock. The other copy still opens with its own key file and recovery
   * passphrase; the shredding ledger carries its shreddings into this copy at every unlock.
   * @returns the keychain's state after: 'ok', 'pending' (a write failed; the next unlock says
   *   conflict again) or 'unavailable'.
   * @throws VaultLockedError.
   */
  async keepThisCopyInKeychain(): Promise<KeychainState> {
    const ctx = this.#context();
    try {
      await this.#durable.writeAsync('unlock.keychainDeleteCurrent', () =>
        this.#keyStore.delete(keychainAccount(ctx.vaultId)),
      );
      await this.#durable.writeAsync('unlock.keychainDeleteNext', () =>
        this.#keyStore.delete(nextKeychainAccount(ctx.vaultId)),
      );
    } catch (err) {
      if (!(err instanceof VaultError)) throw err;
      return err.code === 'keychainUnavailable' ? 'unavailable' : 'pending';
    }
    const report = await this.#settle(
      readKeyFileState(this.paths.keyFile),
      { keychain: 'store' },
      false,
    );
    this.#logger.info('vault.keychainAdopted', { keychain: report.keychain });
    return report.keychain;
  }

  /** Stores the open vault's key in the keychain; 'unavailable' if there is none to use. */
  async storeKeyInKeychain(): Promise<KeychainOutcome> {
    const ctx = this.#context();
    try {
      await this.#keyStore.set(keychainAccount(ctx.vaultId), ctx.key);
      return 'stored';
    } catch (err) {
      if (!(err instanceof VaultError)) throw err;
      return 'unavailable';
    }
  }

  /**
   * Opens a copy of this vault (a backup being taken) with the open key and checks it:
   * quick_check, cipher_integrity_check, a schema, and whether it holds any participant or
   * programme. The copy is closed again; the key never leaves the vault.
   * @throws VaultLockedError; VaultCorruptError if the copy fails a check or has no schema.
   */
  verifyCopy(path: string): { holdsData: boolean } {
    const ctx = this.#context();
    const copy = this.#open(path, ctx.key);
    try {
      if (!runIntegrityChecks(copy).ok || schemaVersion(copy) === 0) {
        throw new VaultCorruptError('copy failed its integrity check');
      }
      const rows = copy
        .prepare(
          'SELECT (SELECT count(*) FROM participants) + (SELECT count(*) FROM programmes) AS n',
        )
        .get<{ n: number }>();
      return { holdsData: Number(rows?.n ?? 0) > 0 };
    } finally {
      copy.close();
    }
  }

  /**
   * The key file to store beside a backup: built afresh from the pinned recovery block and the
   * open key (never the bytes on disk, which may be damaged or mid-rekey), so a backup pair
   * always restores with the recovery passphrase. @throws VaultLockedError.
   */
  keyFileForBackup(): string {
    const ctx = this.#context();
    const read = readKeyFileState(this.paths.keyFile);
    const block = readRecoveryPin(ctx.db) ?? (read.kind === 'ok' ? read.file.recovery : null);
    if (!block) throw new RecoveryDamagedError();
    return serializeKeyFile(keyFileFor(ctx.vaultId, block, ctx.key));
  }

  /** quick_check and cipher_integrity_check; throws VaultCorruptError if either finds a problem. */
  check(): IntegrityReport {
    const report = runIntegrityChecks(this.db);
    if (!report.ok) throw new VaultCorruptError('integrity check failed');
    return report;
  }

  /** Data folder 0700, its database and key files 0600, at every unlock (hardenDataDir). */
  #harden(): void {
    if (!existsSync(this.options.dataDir)) return;
    try {
      hardenDataDir(this.options.dataDir);
    } catch (err) {
      throw toEnvironmentError(err) ?? err;
    }
  }

  #context(): KeyContext {
    if (!this.#db || !this.#key || !this.#vaultId) throw new VaultLockedError();
    return {
      db: this.#db,
      key: this.#key,
      vaultId: this.#vaultId,
      keyFilePath: this.paths.keyFile,
      keyStore: this.#keyStore,
      durable: this.#durable,
      logger: this.#logger,
    };
  }

  /** Reconciles after opening; locks again and rethrows (typed) if a durable step fails. */
  async #settle(
    read: KeyFileRead,
    options: Parameters<typeof reconcile>[2],
    lockOnFailure = true,
  ): Promise<ReconcileReport> {
    try {
      // Something that is not a file where the key file belongs is moved aside, so the repair
      // can write the key file there (it is kept, never destroyed).
      if (
        read.kind === 'damaged' &&
        statSync(this.paths.keyFile, { throwIfNoEntry: false })?.isDirectory()
      ) {
        renameSync(this.paths.keyFile, `${this.paths.keyFile}.replaced-${Date.now()}`);
      }
      return await reconcile(this.#context(), read, options);
    } catch (err) {
      if (lockOnFailure) this.lock();
      throw toEnvironmentError(err) ?? err;
    }
  }

  /**
   * vault.db must exist and hold at least one whole page before any key is tried: SQLCipher
   * treats an empty file as a new database, which must never pass for the consultant's vault.
   */
  #assertDatabaseFile(read: KeyFileRead): void {
    let size: number;
    try {
      size = statSync(this.paths.db).size;
    } catch {
      if (read.kind === 'missing') throw new VaultAbsentError();
      throw new VaultCorruptError('database file missing');
    }
    if (size === 0) throw new VaultCorruptError('database file empty');
    if (size < MIN_DATABASE_BYTES) throw new VaultCorruptError('database header truncated');
  }

  #openWithFirstWorkingKey(candidates: { vaultId: string; key: Buffer }[]): void {
    let lastError: unknown = new WrongKeyError();
    for (const [i, { vaultId, key }] of candidates.entries()) {
      try {
        this.#openWithKey(key, vaultId);
        for (const rest of candidates.slice(i + 1)) rest.key.fill(0);
        return;
      } catch (err) {
        if (!(err instanceof WrongKeyError)) {
          for (const rest of candidates.slice(i + 1)) rest.key.fill(0);
          throw err;
        }
        lastError = err;
      }
    }
    throw lastError;
  }

  /**
   * Opens, verifies the key against page 1, refuses a schemaless file and future schemas, then
   * migrates. Takes ownership of `key` (zeroed on failure).
   */
  #openWithKey(key: Buffer, vaultId: string): void {
    let db: Database | null = null;
    try {
      // A malformed keychain entry arrives as an empty buffer: it is simply not this vault's key.
      if (key.length !== 32) throw new WrongKeyError();
      db = this.#open(this.paths.db, key);
      let tables: number;
      try {
        tables = Number(db.prepare('SELECT count(*) AS n FROM sqlite_master').get()?.n ?? 0);
      } catch (err) {
        if (isSqliteCode(err, 'SQLITE_NOTADB', 'SQLITE_CORRUPT')) throw new WrongKeyError();
        throw err;
      }
      // Only create() makes a schema: a file without one is not a vault, whatever opened it.
      if (tables === 0 || schemaVersion(db) === 0) throw new VaultCorruptError('no schema');
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
      throw toEnvironmentError(err) ?? err;
    }
    this.#db = db;
    this.#key = key;
    this.#vaultId = vaultId;
  }
}

/**
 * A fresh random 32-byte key in its own ArrayBuffer, outside V8's heap (a small Buffer lives on
 * the heap, where a garbage-collector move leaves copies that fill(0) cannot reach).
 */
function newKey(): Buffer {
  return randomFillSync(Buffer.from(new ArrayBuffer(32)));
}

/** Vault ids named by keychain accounts `vault:<uuid>` (not the `:next` ones). */
function vaultIdsIn(accounts: readonly string[]): string[] {
  const ids = accounts
    .map((a) => /^vault:([0-9a-f-]{36})$/i.exec(a)?.[1])
    .filter((id): id is string => !!id);
  return [...new Set(ids)];
}

/** A failure from PRAGMA rekey: SQLCipher's in-memory key state is then not to be trusted. */
function isDatabaseStepFailure(err: unknown): boolean {
  return isSqliteCode(err, 'SQLITE');
}

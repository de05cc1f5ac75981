// Encrypted backups to a folder the user picks: the same SQLCipher format under the vault's
// current key (VACUUM INTO), beside a copy of the key file whose sealed key the recovery
// passphrase opens. N generations are kept; after a shredding every older backup is deleted.
import {
  chmodSync,
  copyFileSync,
  readFileSync,
  writeFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { keyRole, readKeyFileState, unwrapKey } from '../vault/key-file';
import { writeFileAtomic } from '../vault/atomic-file';
import { hardenDataDir } from '../vault/data-dir-modes';
import { openSqlCipher } from '../vault/sqlcipher-driver';
import { RecoveryDamagedError, VaultCorruptError, VaultExistsError } from '../vault/errors';
import { vaultPaths, type Vault } from '../vault/vault';
import { runIntegrityChecks } from '../vault/integrity';
import { byteCount, instant, type ByteCount, type Instant } from '../domain/brands';

export type BackupInfo = Readonly<{
  name: string;
  /** When the copy was taken: an instant, ISO UTC (read from its file name). */
  takenAt: Instant;
  /** The database copy's size in bytes. */
  sizeBytes: ByteCount;
  /** False for a copy of a vault with no participant and no programme (marked `-empty` in its name). */
  holdsData: boolean;
}>;

/**
 * The backup folder cannot be reached: it is gone (a USB stick unplugged, a network drive not
 * mounted), is not a folder, or its setting is not an absolute path. Nothing was written.
 */
export class BackupFolderUnavailableError extends Error {
  readonly code = 'backupFolderUnavailable';
  constructor() {
    super('backup folder unavailable');
  }
}

/** Why a folder cannot hold backups, or 'ok'. */
export type FolderCheck = 'ok' | 'notAbsolute' | 'notAFolder' | 'notWritable';

/** An absolute path without control characters (a NUL byte would cut it short in the OS). */
export function usableFolderPath(folder: string): boolean {
  // eslint-disable-next-line no-control-regex
  return isAbsolute(folder) && !/[\u0000-\u001f]/.test(folder) && folder.length <= 1000;
}

/**
 * Checks a folder the consultant picked before it is saved: an absolute path to an existing
 * folder in which a probe file can be created, written, synced and removed.
 */
export function checkBackupFolder(folder: string): FolderCheck {
  if (!usableFolderPath(folder)) return 'notAbsolute';
  try {
    if (!statSync(folder).isDirectory()) return 'notAFolder';
  } catch {
    return 'notAFolder';
  }
  const probe = join(folder, `.fortrolig-probe-${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(probe, 'fortrolig', { mode: 0o600, flag: 'wx' });
    return 'ok';
  } catch {
    return 'notWritable';
  } finally {
    rmSync(probe, { force: true });
  }
}

/**
 * The folder backups go to must exist (it was picked in the OS dialog) and be an absolute path:
 * it is never created, so an unplugged drive's mount point is not silently recreated on the
 * system disk with backups in it.
 * @throws BackupFolderUnavailableError
 */
function readyFolder(folder: string): void {
  let isFolder: boolean;
  try {
    isFolder = usableFolderPath(folder) && statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new BackupFolderUnavailableError();
}

const PREFIX = 'fortrolig-backup-';
const NAME = /^fortrolig-backup-(\d{8}T\d{6}\d{3}Z)-([0-9a-f]{8})(-empty)?\.db$/;
/**
 * Any file a backup of the vault with this short id leaves: pairs, their temp copies (the
 * database's `.….<8 hex>.tmp`, the key file's atomic-write `.….key.json.<12 hex>.tmp`), orphans.
 */
const anyFileOf = (short: string) =>
  new RegExp(
    `^\\.?fortrolig-backup-\\d{8}T\\d{9}Z-${short}(-empty)?(\\.db|\\.key\\.json|(\\.key\\.json)?\\.[0-9a-f]{8,12}\\.tmp)$`,
  );

function shortId(vaultId: string): string {
  return vaultId.replace(/-/g, '').slice(0, 8);
}

/**
 * Takes a backup now: VACUUM INTO a temp file under the vault's key, which must pass the
 * integrity check (a damaged vault is never copied over good backups), then the key file
 * beside it, then the rename that makes the pair visible. Files are 0600. The name holds a
 * timestamp and the vault id's first 8 hex digits, nothing personal.
 * @throws VaultLockedError, VaultCorruptError (the copy failed its check; nothing is kept),
 *   and the file system's errors (ENOSPC, EACCES, …) for the caller to translate.
 */
export function takeBackup(vault: Vault, folder: string, now: Date): BackupInfo {
  const db = vault.db;
  const vaultId = vault.vaultId()!;
  const durable = vault.durable;
  readyFolder(folder);
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  const tmp = join(
    folder,
    `.${PREFIX}${stamp}-${shortId(vaultId)}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    // VACUUM INTO writes a compact copy encrypted under the same key; nothing in plaintext.
    // SQLite keeps the mode of an empty file that exists, so the copy is 0600 from its first byte.
    durable.write('backup.take', () => {
      writeFileSync(tmp, '', { mode: 0o600, flag: 'wx' });
      db.exec(`VACUUM INTO '${tmp.replace(/'/g, "''")}'`);
    });
    const { holdsData } = vault.verifyCopy(tmp);
    const base = `${PREFIX}${stamp}-${shortId(vaultId)}${holdsData ? '' : '-empty'}`;
    durable.write('backup.keyFile', () =>
      // Built from the pin and the open key, not copied: the file on disk may be damaged or mid-rekey.
      writeFileAtomic(join(folder, `${base}.key.json`), vault.keyFileForBackup()),
    );
    durable.write('backup.rename', () => renameSync(tmp, join(folder, `${base}.db`)));
    return {
      name: `${base}.db`,
      takenAt: instant(now),
      sizeBytes: byteCount(statSync(join(folder, `${base}.db`)).size),
      holdsData,
    };
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** This vault's backups in the folder, newest first. */
export function listBackups(folder: string, vaultId: string): BackupInfo[] {
  if (!usableFolderPath(folder) || !existsSync(folder)) return [];
  const short = shortId(vaultId);
  return readdirSync(folder)
    .map((name) => ({ name, m: NAME.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => !!x.m && x.m[2] === short)
    .map(({ name, m }) => ({
      name,
      takenAt: fromStamp(m[1]!),
      sizeBytes: byteCount(statSync(join(folder, name)).size),
      holdsData: !m[3],
    }))
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/**
 * Deletes all but the newest `keep` backups, with their key files, except that the newest
 * backup holding data is never removed by this rotation (a run of empty copies cannot push
 * out the last good one). Returns how many went.
 */
export function pruneBackups(folder: string, vaultId: string, keep: number): number {
  const all = listBackups(folder, vaultId);
  const newestWithData = all.find((b) => b.holdsData)?.name;
  const old = all.slice(keep).filter((b) => b.name !== newestWithData);
  vaultDurableRemove(
    folder,
    old.map((b) => b.name),
  );
  return old.length;
}

function vaultDurableRemove(folder: string, dbNames: readonly string[]): void {
  for (const name of dbNames) {
    rmSync(join(folder, name), { force: true });
    destroyKeyFile(join(folder, name.replace(/\.db$/, '.key.json')));
  }
}

/** Overwrites a key-file copy before unlinking it, so its sealed key is not left in the free blocks of a plain file system. */
function destroyKeyFile(path: string): void {
  try {
    const size = statSync(path).size;
    writeFileSync(path, Buffer.alloc(size));
  } catch {
    // already gone
  }
  rmSync(path, { force: true });
}

/**
 * After a shredding every older copy holds the shredded data: a fresh backup is taken first
 * (so a failure leaves the old ones, and the shredding stays pending), then every other file
 * this vault's backups left in the folder goes, in any state (older pairs, temp copies from an
 * interrupted backup, orphan key files; key files overwritten first).
 *
 * `keepTakenAfter` (ISO UTC), only after an older copy had shreddings carried out again
 * (shred-ledger.ts): whole pairs taken after that instant (the newest shredding's) and not
 * after `now` are another copy's backups made once that shredding was finished, so they hold
 * none of its data and may hold the consultant's later work: they stay.
 */
export function replaceBackupsAfterShredding(
  vault: Vault,
  folder: string,
  now: Date,
  keepTakenAfter?: Instant,
): BackupInfo {
  const fresh = takeBackup(vault, folder, now);
  const keepNames = new Set([fresh.name, fresh.name.replace(/\.db$/, '.key.json')]);
  if (keepTakenAfter !== undefined) {
    const after = Date.parse(keepTakenAfter);
    const names = new Set(readdirSync(folder));
    for (const b of listBackups(folder, vault.vaultId()!)) {
      const at = Date.parse(b.takenAt);
      const key = b.name.replace(/\.db$/, '.key.json');
      if (at > after && at <= now.getTime() && names.has(key)) {
        keepNames.add(b.name);
        keepNames.add(key);
      }
    }
  }
  const mine = anyFileOf(shortId(vault.vaultId()!));
  vault.durable.write('backup.prune', () => {
    for (const name of readdirSync(folder).sort(keyFilesFirst)) {
      if (keepNames.has(name) || !mine.test(name)) continue;
      if (name.endsWith('.key.json')) destroyKeyFile(join(folder, name));
      else rmSync(join(folder, name), { force: true });
    }
  });
  return fresh;
}

/** Key files before databases: an interrupted prune leaves no key file whose pair is half gone. */
function keyFilesFirst(a: string, b: string): number {
  return Number(b.endsWith('.key.json')) - Number(a.endsWith('.key.json')) || a.localeCompare(b);
}

/** A daily backup when the newest is older than a day; keeps `generations`. Returns the new backup, if any. */
export function backupIfDue(
  vault: Vault,
  folder: string,
  generations: number,
  now: Date,
): BackupInfo | null {
  // A copy dated in the future (a clock that was wrong once, a file dropped in) does not count.
  const newest = listBackups(folder, vault.vaultId()!).find(
    (b) => Date.parse(b.takenAt) <= now.getTime(),
  );
  if (newest && now.getTime() - Date.parse(newest.takenAt) < 24 * 3600 * 1000) return null;
  const taken = takeBackup(vault, folder, now);
  vault.durable.write('backup.prune', () => pruneBackups(folder, vault.vaultId()!, generations));
  return taken;
}

/**
 * Restores a backup pair into an empty data folder with the recovery passphrase (a new laptop).
 * The copy is verified before it becomes the vault: the passphrase opens its key file, that
 * key opens the copy, the key file is authenticated by it, and quick_check and
 * cipher_integrity_check pass. The key file goes in first, the database by rename last.
 * @throws VaultExistsError, NotFound-style VaultCorruptError('backup key file missing'),
 *   WrongPassphraseError, RecoveryDamagedError (the key file is damaged or not this copy's),
 *   VaultCorruptError('backup damaged'), and the file system's errors.
 */
export async function restoreBackup(
  backupPath: string,
  passphrase: string,
  dataDir: string,
): Promise<void> {
  const paths = vaultPaths(dataDir);
  if (existsSync(paths.db) || existsSync(paths.keyFile)) throw new VaultExistsError();
  const read = readKeyFileState(backupPath.replace(/\.db$/, '.key.json'));
  if (read.kind === 'missing') throw new VaultCorruptError('backup key file missing');
  if (read.kind === 'damaged') throw new RecoveryDamagedError();
  const key = await unwrapKey(read.file, passphrase);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const tmp = join(dataDir, `.restore-${randomBytes(4).toString('hex')}.db`);
  try {
    copyFileSync(backupPath, tmp);
    chmodSync(tmp, 0o600);
    if (keyRole(read.file, key) !== 'current') throw new RecoveryDamagedError();
    const db = openSqlCipher(tmp, key);
    try {
      let ok = false;
      try {
        ok = runIntegrityChecks(db).ok && Number(db.pragmaValue('user_version') ?? 0) > 0;
      } catch {
        ok = false;
      }
      if (!ok) throw new VaultCorruptError('backup damaged');
    } finally {
      db.close();
    }
    // The bytes as they are: a format-2 file from an older app is upgraded at the first unlock.
    writeFileAtomic(paths.keyFile, readFileSync(backupPath.replace(/\.db$/, '.key.json')));
    renameSync(tmp, paths.db);
    hardenDataDir(dataDir);
  } finally {
    key.fill(0);
    rmSync(tmp, { force: true });
  }
}

function fromStamp(stamp: string): Instant {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp)!;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` as Instant;
}

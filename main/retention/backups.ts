// Encrypted backups to a folder the user picks: the same SQLCipher format under the vault's
// current key (VACUUM INTO), beside a copy of the key file whose sealed key the recovery
// passphrase opens. N generations are kept; after a shredding every older backup is deleted.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { readKeyFile, unwrapKey } from '../vault/key-file';
import { openSqlCipher } from '../vault/sqlcipher-driver';
import { VaultCorruptError, VaultExistsError } from '../vault/errors';
import { vaultPaths, type Vault } from '../vault/vault';
import { runIntegrityChecks } from '../vault/integrity';

export type BackupInfo = Readonly<{ name: string; takenAt: string; sizeBytes: number }>;

const PREFIX = 'fortrolig-backup-';
const NAME = /^fortrolig-backup-(\d{8}T\d{6}\d{3}Z)-([0-9a-f]{8})\.db$/;

/** Takes a backup now; returns its file name (a timestamp and the vault id's first 8 hex digits, nothing personal). */
export function takeBackup(vault: Vault, folder: string, now: Date): BackupInfo {
  const db = vault.db;
  const vaultId = vault.vaultId()!;
  mkdirSync(folder, { recursive: true });
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  const base = `${PREFIX}${stamp}-${vaultId.replace(/-/g, '').slice(0, 8)}`;
  const tmp = join(folder, `.${base}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    // VACUUM INTO writes a compact copy encrypted under the same key; nothing in plaintext.
    db.exec(`VACUUM INTO '${tmp.replace(/'/g, "''")}'`);
    copyFileSync(vault.paths.keyFile, join(folder, `${base}.key.json`));
    renameSync(tmp, join(folder, `${base}.db`));
  } finally {
    rmSync(tmp, { force: true });
  }
  return {
    name: `${base}.db`,
    takenAt: now.toISOString(),
    sizeBytes: statSync(join(folder, `${base}.db`)).size,
  };
}

/** This vault's backups in the folder, newest first. */
export function listBackups(folder: string, vaultId: string): BackupInfo[] {
  if (!existsSync(folder)) return [];
  const short = vaultId.replace(/-/g, '').slice(0, 8);
  return readdirSync(folder)
    .map((name) => ({ name, m: NAME.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => !!x.m && x.m[2] === short)
    .map(({ name, m }) => ({
      name,
      takenAt: fromStamp(m[1]!),
      sizeBytes: statSync(join(folder, name)).size,
    }))
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** Deletes all but the newest `keep` backups (0: all), with their key files. Returns how many went. */
export function pruneBackups(folder: string, vaultId: string, keep: number): number {
  const old = listBackups(folder, vaultId).slice(keep);
  for (const b of old) {
    rmSync(join(folder, b.name), { force: true });
    rmSync(join(folder, b.name.replace(/\.db$/, '.key.json')), { force: true });
  }
  return old.length;
}

/** After a shredding: every older backup holds the shredded data, so all go and a fresh one is taken. */
export function replaceBackupsAfterShredding(vault: Vault, folder: string, now: Date): BackupInfo {
  pruneBackups(folder, vault.vaultId()!, 0);
  return takeBackup(vault, folder, now);
}

/** A daily backup when the newest is older than a day; keeps `generations`. Returns the new backup, if any. */
export function backupIfDue(
  vault: Vault,
  folder: string,
  generations: number,
  now: Date,
): BackupInfo | null {
  const newest = listBackups(folder, vault.vaultId()!)[0];
  if (newest && now.getTime() - Date.parse(newest.takenAt) < 24 * 3600 * 1000) return null;
  const taken = takeBackup(vault, folder, now);
  pruneBackups(folder, vault.vaultId()!, generations);
  return taken;
}

/**
 * Restores a backup into an empty data folder with the recovery passphrase (a new laptop).
 * The copy is verified (key, integrity) before it becomes the vault.
 */
export async function restoreBackup(
  backupPath: string,
  passphrase: string,
  dataDir: string,
): Promise<void> {
  const paths = vaultPaths(dataDir);
  if (existsSync(paths.db) || existsSync(paths.keyFile)) throw new VaultExistsError();
  const file = readKeyFile(backupPath.replace(/\.db$/, '.key.json'));
  const key = await unwrapKey(file, passphrase);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const tmp = join(dataDir, `.restore-${randomBytes(4).toString('hex')}.db`);
  try {
    copyFileSync(backupPath, tmp);
    const db = openSqlCipher(tmp, key);
    try {
      if (!runIntegrityChecks(db).ok) throw new VaultCorruptError('backup damaged');
    } finally {
      db.close();
    }
    copyFileSync(backupPath.replace(/\.db$/, '.key.json'), paths.keyFile);
    renameSync(tmp, paths.db);
  } finally {
    key.fill(0);
    rmSync(tmp, { force: true });
  }
}

function fromStamp(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp)!;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

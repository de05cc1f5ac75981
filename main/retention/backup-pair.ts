// Recognises a backup pair on disk (fortrolig-backup-….db beside its ….key.json) from either half,
// for the window's restore dialog and the CLI's `restore --from`.
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';

const BACKUP_NAME =
  /^fortrolig-backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-[0-9a-f]{8}\.db$/;
const KEY_SUFFIX = '.key.json';

export type BackupPairCheck = Readonly<{
  outcome: 'picked' | 'notABackup' | 'keyFileMissing';
  /** The database half to restore from; null unless both halves are there. */
  dbPath: string | null;
  /** The database file's own name (never a folder), or null when it is not a .db file. */
  fileName: string | null;
  /** When the backup was taken, read from a name of our own form; null for a renamed pair. */
  takenAt: string | null;
}>;

/** The key file that belongs beside a backup database (`x.db` → `x.key.json`). */
export function keyFileBeside(dbPath: string): string {
  return dbPath.replace(/\.db$/, KEY_SUFFIX);
}

/**
 * Checks a picked file: either half of a pair may be chosen (the `.db` or its `.key.json`),
 * and both halves must exist as files. Reads no content: `restoreBackup` verifies that.
 */
export function checkBackupPair(path: string): BackupPairCheck {
  const dbPath = path.endsWith(KEY_SUFFIX) ? path.slice(0, -KEY_SUFFIX.length) + '.db' : path;
  const isFile = (p: string) => existsSync(p) && statSync(p).isFile();
  if (!dbPath.endsWith('.db') || !isFile(dbPath))
    return { outcome: 'notABackup', dbPath: null, fileName: null, takenAt: null };
  const name = basename(dbPath);
  const m = BACKUP_NAME.exec(name);
  const fileName = name.length <= 255 ? name : null;
  const takenAt = m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : null;
  if (!isFile(keyFileBeside(dbPath)))
    return { outcome: 'keyFileMissing', dbPath: null, fileName, takenAt };
  return { outcome: 'picked', dbPath, fileName, takenAt };
}

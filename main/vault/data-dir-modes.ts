// File modes for the data folder: only the consultant's own account may list the folder or read
// the vault, its companions and its key file. Applied on every start, because a copy made by
// hand, a restore from a USB stick or an old version may have left 0755 / 0644 behind.
import { chmodSync, lstatSync, readdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/** The data folder itself: owner read, write, search; nobody else anything. */
export const DATA_DIR_MODE = 0o700;
/** Every file the vault keeps in it: owner read and write only. */
export const DATA_FILE_MODE = 0o600;

/**
 * Names of the files in the data folder that hold vault data or key material: the database
 * and its SQLite companions (`*.db`, `*.db-wal`, `*.db-shm`, `*.db-journal`), key files
 * (`*.key.json`), `settings.json`, and leftovers of an interrupted atomic write (`.*.tmp`,
 * see atomic-file.ts).
 */
const PROTECTED_FILE =
  /(\.db|\.db-wal|\.db-shm|\.db-journal|\.key\.json)$|^settings\.json$|^\..*\.tmp$/;

/**
 * Sets the data folder to 0700 and every vault file directly in it (see PROTECTED_FILE) to 0600.
 * Idempotent and cheap: a mode that is already right is not touched (so a read-only folder whose
 * modes are right raises nothing). Does not follow symbolic links and skips anything that is
 * not a regular file; does not descend into subfolders. A folder that does not exist yet is
 * left alone (creating the vault makes it with 0700). On Windows it does nothing: modes there
 * map only to the read-only flag, and the per-user app-data folder's ACL is what protects it.
 *
 * Rules: issue 7 item 5 ("data folder 0700 and every database and key file 0600 on every
 * start") and DESIGN.md "Where the data lives".
 * @throws the fs error (EROFS, EACCES, EPERM, …) of a chmod that was needed and failed; pass it
 *   through toEnvironmentError (environment-errors.ts) for a typed `storageReadOnly`.
 */
export function hardenDataDir(dataDir: string, platform: NodeJS.Platform = process.platform): void {
  if (platform === 'win32') return;
  const dir = statOrNull(dataDir);
  if (!dir?.isDirectory()) return;
  setMode(dataDir, dir, DATA_DIR_MODE);
  for (const name of readdirSync(dataDir)) {
    if (!PROTECTED_FILE.test(name)) continue;
    const path = join(dataDir, name);
    const stats = statOrNull(path);
    // A file removed meanwhile (a WAL checkpointed away) needs nothing; a link is not followed.
    if (stats?.isFile()) setMode(path, stats, DATA_FILE_MODE);
  }
}

function setMode(path: string, stats: Stats, mode: number): void {
  if ((stats.mode & 0o7777) !== mode) chmodSync(path, mode);
}

function statOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

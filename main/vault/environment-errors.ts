// Failures that come from the machine, not from the vault or the consultant: a full disk, a
// data folder that cannot be written. One translator, used by the IPC dispatch and by the vault
// itself (key-file and settings writes), so every host reports them with the same typed codes.
import { DiskFullError, StorageReadOnlyError, type VaultError } from './errors';
import { sqliteCode } from './sqlite-errors';

/**
 * Node / libuv error codes (`err.code` on fs errors) meaning "no room to write":
 * ENOSPC (the volume is full) and EDQUOT (the user's disk quota is used up).
 */
const DISK_FULL_ERRNO: ReadonlySet<string> = new Set(['ENOSPC', 'EDQUOT']);

/**
 * Node / libuv error codes meaning "this place cannot be written": EROFS (read-only file
 * system or mount), EACCES (permissions), EPERM (not permitted: an immutable file, or on
 * Windows a file held open by another program or marked read-only).
 */
const READ_ONLY_ERRNO: ReadonlySet<string> = new Set(['EROFS', 'EACCES', 'EPERM']);

/** How deep an `Error.cause` chain is followed before giving up. */
const MAX_CAUSE_DEPTH = 4;

/**
 * Translates an environmental failure into the typed vault error the window can explain, or
 * returns null when `err` is not one (the caller then handles or reports it as before).
 *
 * - `diskFull` ({@link DiskFullError}): SQLite `SQLITE_FULL` (any extended form), or a Node fs
 *   error with code `ENOSPC` / `EDQUOT`. SQLite rolled the statement back, so nothing was half
 *   written; the consultant frees space and tries again.
 * - `storageReadOnly` ({@link StorageReadOnlyError}): SQLite `SQLITE_READONLY` (and every
 *   `SQLITE_READONLY_*` extended code) or `SQLITE_CANTOPEN` (and `SQLITE_CANTOPEN_*`: SQLite
 *   could not open the database or its `-wal`/`-shm` companion, which for a file that exists
 *   means the folder or file is not writable), or a Node fs error with code `EROFS`, `EACCES`
 *   or `EPERM`. Nothing was changed; the data folder or drive must be made writable again.
 *
 * Error codes are read from `err.code` (the driver sets `SQLITE_*`, Node sets `E*`), following
 * `err.cause` up to four levels so a wrapped error is recognised too. Never throws, never reads
 * `err.message` (which may quote paths or SQL values). A `VaultError` passed in is returned
 * unchanged only if it already is one of these two; other vault errors give null.
 */
export function toEnvironmentError(err: unknown): VaultError | null {
  let current: unknown = err;
  for (let depth = 0; depth <= MAX_CAUSE_DEPTH && current != null; depth++) {
    if (current instanceof DiskFullError || current instanceof StorageReadOnlyError) return current;
    const translated = translateOne(current);
    if (translated) return translated;
    current = typeof current === 'object' && 'cause' in current ? current.cause : undefined;
  }
  return null;
}

function translateOne(err: unknown): VaultError | null {
  const sqlite = sqliteCode(err);
  if (sqlite !== undefined) {
    if (matches(sqlite, 'SQLITE_FULL')) return new DiskFullError();
    if (matches(sqlite, 'SQLITE_READONLY') || matches(sqlite, 'SQLITE_CANTOPEN'))
      return new StorageReadOnlyError();
    return null;
  }
  const errno = nodeErrorCode(err);
  if (errno === undefined) return null;
  if (DISK_FULL_ERRNO.has(errno)) return new DiskFullError();
  if (READ_ONLY_ERRNO.has(errno)) return new StorageReadOnlyError();
  return null;
}

/** `code` is `base` itself or one of its extended codes (`base` + `_` + detail). */
function matches(code: string, base: string): boolean {
  return code === base || code.startsWith(base + '_');
}

function nodeErrorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('code' in err)) return undefined;
  const code = (err as { code: unknown }).code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
}

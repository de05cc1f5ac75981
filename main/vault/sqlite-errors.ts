// Recognises SQLite result codes on driver errors without depending on the driver.

/**
 * The SQLite result code an error carries ("SQLITE_CORRUPT", …), or undefined for any other error.
 */
export function sqliteCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const code = (err as { code: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
  }
  return undefined;
}

/**
 * Whether `err` carries one of `codes` or an extended code of one ("SQLITE_IOERR_READ" for "SQLITE_IOERR").
 */
export function isSqliteCode(err: unknown, ...codes: string[]): boolean {
  const code = sqliteCode(err);
  return code !== undefined && codes.some((c) => code === c || code.startsWith(c + '_'));
}

/** Whether `err` carries a SQLite result code. */
export function isSqliteError(err: unknown): boolean {
  return sqliteCode(err) !== undefined;
}

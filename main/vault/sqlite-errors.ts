// Recognises SQLite result codes on driver errors without depending on the driver.

export function sqliteCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const code = (err as { code: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
  }
  return undefined;
}

export function isSqliteCode(err: unknown, ...codes: string[]): boolean {
  const code = sqliteCode(err);
  return code !== undefined && codes.some((c) => code === c || code.startsWith(c + '_'));
}

export function isSqliteError(err: unknown): boolean {
  return sqliteCode(err) !== undefined;
}

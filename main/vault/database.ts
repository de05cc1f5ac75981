// The Database port: the few operations the vault and domain need, so the SQLCipher driver is one file.

export type SqlValue = string | number | null | Uint8Array<ArrayBuffer>;
export type SqlParams = ReadonlyArray<SqlValue> | Readonly<Record<string, SqlValue>>;
export type Row = Record<string, SqlValue>;

export interface Statement {
  run(params?: SqlParams): { changes: number; lastInsertRowid: number };
  get<R extends Row = Row>(params?: SqlParams): R | undefined;
  all<R extends Row = Row>(params?: SqlParams): R[];
}

/** A connection to one database file. Synchronous: callers run it off the UI thread. */
export interface Database {
  exec(sql: string): void;
  prepare(sql: string): Statement;
  /** Runs a pragma and returns its first column of the first row. */
  pragmaValue(source: string): SqlValue | undefined;
  /** Runs a pragma and returns every row. */
  pragmaRows(source: string): Row[];
  /**
   * Re-encrypts the whole database under `key` (32 raw bytes), SQLCipher's `PRAGMA rekey`
   * (https://www.zetetic.net/sqlcipher/sqlcipher-api/#rekey): every page is rewritten in one
   * transaction, so an interruption leaves the file wholly under the old key or the new one.
   * The statement is prepared non-persistent and finalised at once, never cached; `key` stays
   * the caller's (not zeroed here). Run `wal_checkpoint(TRUNCATE)` before and after it so no
   * page under the old key stays in the WAL.
   * @throws Error if `key` is not 32 bytes; the driver's SQLite error (e.g. SQLITE_FULL) if the
   * rekey fails, in which case the database is still under the old key.
   */
  rekey(key: Uint8Array): void;
  /** Runs fn inside BEGIN IMMEDIATE … COMMIT; rolls back if it throws. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

/**
 * Opens a database file; `key` is 32 raw bytes, or null for an unkeyed (plain SQLite) file.
 * `key` stays the caller's: the driver neither keeps nor zeroes it.
 */
export type OpenDatabase = (path: string, key: Uint8Array | null) => Database;

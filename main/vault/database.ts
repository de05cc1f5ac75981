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
  /** Runs fn inside BEGIN IMMEDIATE … COMMIT; rolls back if it throws. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

/** Opens a database file; `key` is 32 raw bytes, or null for an unkeyed (plain SQLite) file. */
export type OpenDatabase = (path: string, key: Uint8Array | null) => Database;

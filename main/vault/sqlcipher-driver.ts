// The only file that touches @signalapp/sqlcipher: adapts it to the Database port.
import SqlCipher, { setLogger } from '@signalapp/sqlcipher';
import type { Database, OpenDatabase, Row, SqlParams, Statement } from './database';
import { scrubDriverMessage, stderrLogger, type Logger } from './logger';

let driverLogger: Logger = stderrLogger;
setLogger((code, message) => {
  // SQLITE_SCHEMA is a routine re-prepare; everything else is worth a warning.
  if (code === 'SQLITE_SCHEMA') return;
  const level = code.startsWith('SQLITE_NOTICE') ? 'info' : 'warn';
  driverLogger[level]('sqlite.log', { code, message: scrubDriverMessage(message) });
});

/** Where the driver's log lines go (scrubbed); the process default is stderr. */
export function routeDriverLog(logger: Logger): void {
  driverLogger = logger;
}

export const openSqlCipher: OpenDatabase = (path, key) => {
  const db = new SqlCipher(path, { cacheStatements: true });
  // SQLCipher's own logger writes to stderr, including page numbers of failed HMACs;
  // our errors carry what matters, so it stays silent.
  db.pragma('cipher_log_level = NONE');
  if (key) {
    if (key.length !== 32) throw new Error('vault key must be 32 bytes');
    db.pragma(`key = "x'${Buffer.from(key).toString('hex')}'"`);
  }
  return wrap(db);
};

function wrap(db: SqlCipher): Database {
  let depth = 0;
  const self: Database = {
    exec: (sql) => db.exec(sql),
    prepare: (sql) => {
      const stmt = db.prepare(sql);
      const s: Statement = {
        run: (params?: SqlParams) => stmt.run(params),
        get: <R extends Row>(params?: SqlParams) => stmt.get(params) as R | undefined,
        all: <R extends Row>(params?: SqlParams) => stmt.all(params) as R[],
      };
      return s;
    },
    pragmaValue: (source) => {
      const first = (db.pragma(source) as Row[])[0];
      return first ? Object.values(first)[0] : undefined;
    },
    pragmaRows: (source) => db.pragma(source) as Row[],
    transaction: <T>(fn: () => T): T => {
      if (depth > 0) return fn();
      db.exec('BEGIN IMMEDIATE');
      depth++;
      try {
        const result = fn();
        db.exec('COMMIT');
        return result;
      } catch (err) {
        try {
          db.exec('ROLLBACK');
        } catch {
          // The transaction may already be rolled back by SQLite (e.g. SQLITE_FULL).
        }
        throw err;
      } finally {
        depth--;
      }
    },
    close: () => db.close(),
  };
  return self;
}

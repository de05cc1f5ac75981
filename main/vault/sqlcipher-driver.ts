// The only file that touches @signalapp/sqlcipher: adapts it to the Database port.
//
// Keys. The driver has no call that takes a key as bytes (its addon exposes open, exec,
// prepare, close and a few hooks; SQLCipher's sqlite3_key is not among them), and SQLite
// pragmas take no bound parameters, so a key can reach SQLCipher only as SQL text
// `PRAGMA key = "x'<64 hex>'"`. What that costs, and how it is kept small:
// - The text is built byte by byte in a Buffer (no hex string of the key is made by JS
//   code), turned into one JS string for prepare(), and the Buffer is zeroed at once.
// - The statement is prepared with `persistent: false`, so it bypasses the wrapper's statement
//   cache (a Map keyed by the SQL text, alive until close: with `db.pragma()` both the key and
//   every rekey text stayed there until lock), and it is finalised right after it runs.
// - `PRAGMA cipher_memory_security = ON` comes first on every keyed connection, so SQLite's
//   own copies (the parsed SQL, the pragma's value, the codec's passphrase copy) are wiped
//   when SQLite frees them (SQLCipher wraps SQLite's allocator; it is process-wide and cannot
//   be turned off again once on).
// What JavaScript cannot wipe directly: the one V8 string holding the SQL text (immutable;
// garbage once prepare() returns) and the addon's UTF-8 copy of it (a std::string freed with
// plain free(), not wiped). The string is removed by a heap scrub (main/host/heap-scrub.ts: a
// full compacting collection; V8 releases or zeroes the memory), run here right after every
// rekey, so the key it replaces is gone from the heap at once, and by the vault worker after
// lock. After each key statement a same-length decoy statement is prepared, so the allocator
// hands the addon's freed block back and it is overwritten (glibc and macOS malloc reuse the
// block just freed for an equal request; where they do not, the copy stays until reused).
// See README, "What lock can and cannot guarantee about RAM".
import SqlCipher, { setLogger } from '@signalapp/sqlcipher';
import { scrubHeap } from '../host/heap-scrub';
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

export type SqlCipherOptions = Readonly<{
  /**
   * `PRAGMA cipher_memory_security = ON` before the key (SQLCipher: "wipe all memory
   * allocated by SQLite/SQLCipher before freeing it, and mlock it"; process-wide and
   * one-way). False only for the bench's comparison, and only meaningful in a process where
   * no connection has turned it on yet.
   */
  memorySecurity: boolean;
}>;

/**
 * An OpenDatabase for SQLCipher 4 with these options. Every connection caches its prepared
 * statements (cacheStatements), except the key and rekey statements, which never are.
 * @throws Error if a key is not 32 bytes; the driver's error if the file cannot be opened.
 * A wrong key is not detected here: the first read fails with SQLITE_NOTADB.
 */
export function openSqlCipherWith(options: SqlCipherOptions): OpenDatabase {
  return (path, key) => {
    if (key && key.length !== 32) throw new Error('vault key must be 32 bytes');
    const db = new SqlCipher(path, { cacheStatements: true });
    try {
      // SQLCipher's own logger writes to stderr, including page numbers of failed HMACs;
      // our errors carry what matters, so it stays silent.
      db.pragma('cipher_log_level = NONE');
      if (key) {
        // Before the key: the codec's copy of the key text must be on the wiping allocator.
        if (options.memorySecurity) db.pragma('cipher_memory_security = ON');
        runKeyStatement(db, 'key', key);
      }
    } catch (err) {
      db.close();
      throw err;
    }
    return wrap(db);
  };
}

/** SQLCipher 4 with memory security on: what the vault, backups and tests use. */
export const openSqlCipher: OpenDatabase = openSqlCipherWith({ memorySecurity: true });

const HEX = Buffer.from('0123456789abcdef', 'latin1');

/**
 * Runs `PRAGMA key|rekey = "x'<hex of key>'"` as a one-off statement: prepared non-persistent
 * (so not in the statement cache), run, finalised at once. `key` is not modified.
 */
function runKeyStatement(db: SqlCipher, pragma: 'key' | 'rekey', key: Uint8Array): void {
  if (key.length !== 32) throw new Error('vault key must be 32 bytes');
  const head = `PRAGMA ${pragma} = "x'`;
  // An explicit ArrayBuffer is off the V8 heap: small Buffers live on it, and a GC move
  // would leave copies that fill(0) cannot reach.
  const text = Buffer.from(new ArrayBuffer(head.length + 64 + 2));
  try {
    text.write(head, 0, 'latin1');
    for (let i = 0; i < 32; i++) {
      text[head.length + 2 * i] = HEX[key[i]! >> 4]!;
      text[head.length + 2 * i + 1] = HEX[key[i]! & 15]!;
    }
    text.write(`'"`, head.length + 64, 'latin1');
    const stmt = db.prepare(text.toString('latin1'), { persistent: false });
    try {
      stmt.run();
    } finally {
      stmt.close();
    }
  } finally {
    text.fill(0);
    overwriteFreedSqlCopy(db, text.length);
  }
}

/**
 * Prepares and drops a harmless statement of `length` bytes, so the block the addon just freed
 * for the key statement's UTF-8 copy (same size) is handed back by malloc and overwritten.
 */
function overwriteFreedSqlCopy(db: SqlCipher, length: number): void {
  const sql = `SELECT '${'0'.repeat(Math.max(0, length - 9))}'`;
  try {
    db.prepare(sql, { persistent: false }).close();
  } catch {
    // Only a best effort; the statement itself cannot fail on a working connection.
  }
}

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
    rekey: (key) => {
      runKeyStatement(db, 'rekey', key);
      // The key being replaced must not outlive the rekey as SQL text (its PRAGMA key string
      // from the unlock, and the rekey string itself, are garbage now): see heap-scrub.ts.
      scrubHeap();
    },
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

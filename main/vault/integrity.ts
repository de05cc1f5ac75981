// Integrity checks: SQLite's page structure and SQLCipher's per-page HMACs.
import type { Database } from './database';
import { isSqliteCode, isSqliteError } from './sqlite-errors';

export type IntegrityReport = Readonly<{
  ok: boolean;
  quickCheck: 'ok' | 'failed';
  /** Number of pages whose HMAC did not verify (0 when ok). */
  cipherProblems: number;
}>;

/**
 * SQLite's quick_check and SQLCipher's cipher_integrity_check (per-page HMACs). Returns ok or
 * not, with the number of pages whose HMAC failed; a corrupt or unreadable file reports failed.
 * Throws any other error as it came.
 */
export function runIntegrityChecks(db: Database): IntegrityReport {
  let quickOk: boolean;
  try {
    const rows = db.pragmaRows('quick_check');
    quickOk = rows.length === 1 && Object.values(rows[0]!)[0] === 'ok';
  } catch (err) {
    // A page that fails its HMAC surfaces here as a generic SQLITE_ERROR, so any SQLite error counts.
    if (!isSqliteError(err)) throw err;
    quickOk = false;
  }
  let cipherProblems: number;
  try {
    cipherProblems = db.pragmaRows('cipher_integrity_check').length;
  } catch (err) {
    if (!isSqliteCode(err, 'SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_IOERR')) throw err;
    cipherProblems = 1;
  }
  return {
    ok: quickOk && cipherProblems === 0,
    quickCheck: quickOk ? 'ok' : 'failed',
    cipherProblems,
  };
}

// One keyed SQLCipher database per test, for the migration tests: a fresh file under a random
// key with foreign keys on (as the vault's connections have), closed and removed afterwards.
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach } from 'vitest';
import type { Database } from '../../main/vault/database';
import { openSqlCipher } from '../../main/vault/sqlcipher-driver';
import { removeDir, tempDir } from './temp-vault';

/**
 * Registers beforeEach/afterEach in the calling describe: each test gets a new database, handed
 * to `opened` (assign it to the test's `db`), closed and its folder removed after the test.
 */
export function useMigrationDb(opened: (db: Database) => void): void {
  let dir = '';
  let db: Database | null = null;
  beforeEach(() => {
    dir = tempDir();
    db = openSqlCipher(`${dir}/v.db`, randomBytes(32));
    db.exec('PRAGMA foreign_keys = ON');
    opened(db);
  });
  afterEach(() => {
    db?.close();
    db = null;
    removeDir(dir);
  });
}

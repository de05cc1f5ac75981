// When a connection may keep what it derived from the vault: until this stamp changes.

import type { Database } from './database';

/**
 * A text that changes whenever the vault's data may have changed as seen by `db`: this
 * connection's own inserts, updates and deletes (`total_changes()`,
 * https://sqlite.org/lang_corefunc.html#total_changes) and commits by any other connection
 * (`PRAGMA data_version`, https://sqlite.org/pragma.html#pragma_data_version; the read worker
 * sees the vault worker's writes only through the latter). Equal stamps mean the same data.
 * Costs one statement (about 0.1 ms).
 * @throws VaultLockedError through `db` when the vault is locked.
 */
export function changeStamp(db: Database): string {
  const row = db
    .prepare(
      'SELECT total_changes() AS writes, (SELECT data_version FROM pragma_data_version) AS version',
    )
    .get<{ writes: number; version: number }>();
  return `${row?.writes ?? 0}|${row?.version ?? 0}`;
}

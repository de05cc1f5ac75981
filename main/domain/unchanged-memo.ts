// Values derived from the vault that are kept in memory only while the database is unchanged,
// for search as you type: each keystroke asks again for what the previous one just worked out
// (the participants' name words, the index terms a word begins), and nothing is written between
// keystrokes. A value is dropped as soon as any connection commits a change, so a memo never
// answers for data that is gone (a shredded name is not found from memory).
import type { Database } from '../vault/database';

type Memo = { stamp: string; values: Map<string, unknown> };

/**
 * One memo per connection, held weakly: it goes with the connection object when the vault is
 * locked, and a closed connection refuses the stamp statement before any memo is read.
 */
const memos = new WeakMap<Database, Memo>();

/**
 * The connection's memo for the database as it is now: a Map the caller reads and fills, empty
 * again after any change. "Unchanged" is SQLite's `PRAGMA data_version` (changes committed by
 * other connections, e.g. the vault worker's writes seen from the read worker) together with
 * `total_changes()` (this connection's own inserts, updates and deletes):
 * https://sqlite.org/pragma.html#pragma_data_version, https://sqlite.org/lang_corefunc.html#total_changes.
 * Costs one statement (about 0.1 ms). Callers key their entries by a name of their own.
 * @throws VaultLockedError through `db` when the vault is locked.
 */
export function memoWhileUnchanged(db: Database): Map<string, unknown> {
  const row = db
    .prepare('SELECT (SELECT data_version FROM pragma_data_version) AS v, total_changes() AS c')
    .get<{ v: number; c: number }>();
  const stamp = `${row?.v}:${row?.c}`;
  const memo = memos.get(db);
  if (memo && memo.stamp === stamp) return memo.values;
  const fresh: Memo = { stamp, values: new Map() };
  memos.set(db, fresh);
  return fresh.values;
}

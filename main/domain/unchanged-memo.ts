// Values derived from the vault that are kept in memory only while the database is unchanged,
// for search as you type: each keystroke asks again for what the previous one just worked out
// (the participants' name words, the index terms a word begins), and nothing is written between
// keystrokes. A value is dropped as soon as any connection commits a change, so a memo never
// answers for data that is gone (a shredded name is not found from memory).
import { changeStamp } from '../vault/change-stamp';
import type { Database } from '../vault/database';

type Memo = { stamp: string; values: Map<string, unknown> };

/**
 * One memo per connection, held weakly: it goes with the connection object when the vault is
 * locked, and a closed connection refuses the stamp statement before any memo is read.
 */
const memos = new WeakMap<Database, Memo>();

/**
 * The connection's memo for the database as it is now: a Map the caller reads and fills, empty
 * again after any change (vault/change-stamp.ts: this connection's writes, or a commit by any
 * other). Callers key their entries by a name of their own.
 * @throws VaultLockedError through `db` when the vault is locked.
 */
export function memoWhileUnchanged(db: Database): Map<string, unknown> {
  const stamp = changeStamp(db);
  const memo = memos.get(db);
  if (memo && memo.stamp === stamp) return memo.values;
  const fresh: Memo = { stamp, values: new Map() };
  memos.set(db, fresh);
  return fresh.values;
}

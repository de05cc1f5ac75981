// Which deletion records' old keys are confirmed destroyed. A rekey notes the newest record it
// covers before it starts; the claim "old key destroyed" is made only once the key file and the
// keychain are confirmed to hold the new key alone (at the end of the rekey, or at a later unlock).
import type { Database } from './database';

const COVERS = 'keyDestructionCovers';
const DESTROYED = 'keyDestroyedThrough';

function metaNumber(db: Database, key: string): number {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get<{ value: string }>([key]);
  return row ? Number(row.value) : 0;
}

function setMeta(db: Database, key: string, value: number): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run([key, String(value)]);
}

/** Before a rekey: every deletion record so far will have its old key destroyed by it. */
export function noteRekeyCovers(db: Database): void {
  const hasTable = db
    .prepare("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = 'deletion_records'")
    .get();
  if (!hasTable) return;
  const newest = db
    .prepare('SELECT max(id) AS id FROM deletion_records')
    .get<{ id: number | null }>();
  setMeta(db, COVERS, Math.max(metaNumber(db, COVERS), newest?.id ?? 0));
}

/** The keychain and key file hold only the live key: records up to the covered one are confirmed. */
export function confirmKeyDestruction(db: Database): void {
  const covers = metaNumber(db, COVERS);
  if (covers > metaNumber(db, DESTROYED)) setMeta(db, DESTROYED, covers);
}

/** True if the deletion record `recordId`'s old key is confirmed destroyed. */
export function oldKeyDestroyed(db: Database, recordId: number): boolean {
  return recordId <= metaNumber(db, DESTROYED);
}

/** True if a confirmation is owed (a rekey ran but the keychain has not confirmed yet). */
export function destructionPending(db: Database): boolean {
  return metaNumber(db, COVERS) > metaNumber(db, DESTROYED);
}

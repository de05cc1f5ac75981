// Which keys belong to this vault: the database keeps a short id of every key it has ever had
// (HMAC of the key, never the key), so a keychain entry can be told apart as "an older key of
// this vault" (safe to replace or remove) or "a key of some other database" (left untouched: the
// vault.db in the folder may be an older copy or a planted file, and that key may be the only
// one that opens the consultant's real vault).
import { createHmac } from 'node:crypto';
import type { Database } from './database';

const KEY_IDS = 'keyIds';

/** 16-byte id of `key` for vault `vaultId`, hex; reveals nothing of the key. */
export function keyId(vaultId: string, key: Uint8Array): string {
  return createHmac('sha256', key)
    .update(`fortrolig-key-id:${vaultId}`)
    .digest()
    .subarray(0, 16)
    .toString('hex');
}

/** Ids of every key this vault has had (empty in a vault made before ids were kept). */
export function readKeyIds(db: Database): string[] {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get<{ value: string }>([KEY_IDS]);
  if (!row) return [];
  try {
    const ids: unknown = JSON.parse(row.value);
    return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Adds `id` to the vault's key ids (one UPSERT; a no-op if it is there). */
export function addKeyId(db: Database, id: string): void {
  const ids = readKeyIds(db);
  if (ids.includes(id)) return;
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run([KEY_IDS, JSON.stringify([...ids, id])]);
}

// The recovery block (public key, KDF, wrapped private key) pinned inside the encrypted vault,
// so a key file that was swapped or damaged is repaired from here instead of being trusted.
import type { Database } from './database';
import { RecoveryBlock, recoveryBlockText } from './key-file';

const PIN_KEY = 'recoveryPin';

/** The pinned block, or null in a vault made before pinning (it is pinned at its next unlock). */
export function readRecoveryPin(db: Database): RecoveryBlock | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get<{ value: string }>([PIN_KEY]);
  if (!row) return null;
  const parsed = RecoveryBlock.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : null;
}

/** Pins `block` (one UPSERT in its own statement; atomic on its own). */
export function writeRecoveryPin(db: Database, block: RecoveryBlock): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run([PIN_KEY, recoveryBlockText(block)]);
}

/** True if both blocks are byte-for-byte the same once canonicalised. */
export function sameRecovery(a: RecoveryBlock, b: RecoveryBlock): boolean {
  return recoveryBlockText(a) === recoveryBlockText(b);
}

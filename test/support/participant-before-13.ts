// A participant row written the way vaults before migration 13 wrote it (no sort key, no folded
// name), for migration tests that build a vault at an older version.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../main/vault/database';

export function insertOldParticipant(
  db: Database,
  p: Readonly<{ givenName: string; familyName: string; email?: string; lastContactAt?: string }>,
): number {
  return db
    .prepare(
      `INSERT INTO participants (given_name, family_name, national_id_kind, email, last_contact_at, audit_ref,
         created_at, updated_at) VALUES (?, ?, 'none', ?, ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
    )
    .run([p.givenName, p.familyName, p.email ?? 'a@e.no', p.lastContactAt ?? null, randomUUID()])
    .lastInsertRowid;
}

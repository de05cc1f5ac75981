// The audit trail: pseudonymous records of reveals, copies, exports and deletions.
import type { Database } from '../vault/database';

export type AuditAction = 'reveal' | 'copy' | 'export' | 'delete' | 'import';

/** `subjectRef` is a participant's random audit_ref, never a name or national ID. */
export function recordAudit(
  db: Database,
  entry: Readonly<{
    at: Date;
    actor: string;
    action: AuditAction;
    subjectRef: string | null;
    detail?: string;
  }>,
): void {
  db.prepare(
    'INSERT INTO audit_log (at, actor, action, subject_ref, detail) VALUES (?, ?, ?, ?, ?)',
  ).run([entry.at.toISOString(), entry.actor, entry.action, entry.subjectRef, entry.detail ?? '']);
}

export type AuditEntry = Readonly<{
  id: number;
  at: string;
  actor: string;
  action: AuditAction;
  subjectRef: string | null;
  detail: string;
}>;

/**
 * The audit log, newest first: at most `limit` entries with ids below `before` (all when absent),
 * each with its instant (ISO UTC), actor, action and random subject reference, never personal data.
 */
export function listAudit(db: Database, limit: number, before?: number): AuditEntry[] {
  return db
    .prepare(
      'SELECT id, at, actor, action, subject_ref AS subjectRef, detail FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?',
    )
    .all<AuditEntry>([before ?? Number.MAX_SAFE_INTEGER, limit]);
}

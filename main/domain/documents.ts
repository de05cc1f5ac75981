// Documents (CV, applications, interview papers, test reports): bytes kept inside the vault, up to 25 MB.
import { createHash } from 'node:crypto';
import type { Database } from '../vault/database';
import { DomainError, notFound } from './errors';
import { recordAudit } from './audit';
import { storedFileName } from './text-fields';
import { byteCount, type ByteCount, type Instant } from './brands';

/** The largest document the vault keeps: 25 MiB, in bytes. */
export const MAX_DOCUMENT_BYTES: ByteCount = byteCount(25 * 1024 * 1024);
export type DocumentKind = 'cv' | 'application' | 'interview' | 'testReport' | 'other';

export type DocumentInfo = Readonly<{
  id: number;
  participantId: number;
  programmeId: number | null;
  kind: DocumentKind;
  fileName: string;
  mimeType: string;
  /** The file's size in bytes. */
  size: ByteCount;
  sha256: string;
  /** When it was added: an instant, ISO UTC. */
  createdAt: Instant;
}>;

const SELECT = `SELECT id, participant_id AS participantId, programme_id AS programmeId, kind, file_name AS fileName,
  mime_type AS mimeType, size, sha256, created_at AS createdAt FROM documents`;

/**
 * Keeps a document's bytes in the vault with its kind, file name (NFC, checked by
 * storedFileName) and MIME type, its size (bytes) and SHA-256, `now` as its instant (ISO UTC), in
 * one transaction with an audit entry. Returns its info. Throws DomainError 'documentTooLarge'
 * over MAX_DOCUMENT_BYTES (25 MiB), notFound('participant') for an unknown participant, and the
 * DomainError storedFileName throws for a file name it refuses.
 */
export function addDocument(
  db: Database,
  input: Readonly<{
    participantId: number;
    programmeId?: number | null | undefined;
    kind: DocumentKind;
    fileName: string;
    mimeType: string;
    bytes: Uint8Array;
  }>,
  now: Date,
): DocumentInfo {
  if (input.bytes.length > MAX_DOCUMENT_BYTES) throw new DomainError('documentTooLarge', 'bytes');
  if (!db.prepare('SELECT 1 AS x FROM participants WHERE id = ?').get([input.participantId]))
    throw notFound('participant');
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  return db.transaction(() => {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO documents (participant_id, programme_id, kind, file_name, mime_type, size, sha256, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run([
        input.participantId,
        input.programmeId ?? null,
        input.kind,
        storedFileName(input.fileName, 'fileName'),
        input.mimeType,
        input.bytes.length,
        sha256,
        now.toISOString(),
      ]);
    db.prepare('INSERT INTO document_contents (document_id, bytes) VALUES (?, ?)').run([
      lastInsertRowid,
      new Uint8Array(input.bytes),
    ]);
    return getDocument(db, lastInsertRowid);
  });
}

/** One document's info (no bytes). Throws DomainError notFound('document'). */
export function getDocument(db: Database, id: number): DocumentInfo {
  const row = db.prepare(`${SELECT} WHERE id = ?`).get<DocumentInfo>([id]);
  if (!row) throw notFound('document');
  return row;
}

/** One document's content, as stored. Throws DomainError notFound('document'). */
export function documentBytes(db: Database, id: number): Uint8Array {
  const row = db
    .prepare('SELECT bytes FROM document_contents WHERE document_id = ?')
    .get<{ bytes: Uint8Array<ArrayBuffer> }>([id]);
  if (!row) throw notFound('document');
  return row.bytes;
}

/**
 * A participant's documents (info, no bytes), newest first; empty for an unknown participant.
 */
export function listDocuments(db: Database, participantId: number): DocumentInfo[] {
  return db
    .prepare(`${SELECT} WHERE participant_id = ? ORDER BY created_at DESC, id DESC`)
    .all<DocumentInfo>([participantId]);
}

/**
 * The participant confirmed on `on` (YYYY-MM-DD) that the CV (or other document) is still wanted:
 * the reconfirmation clock of its retention rule restarts from that day. Returns the document's
 * info. Throws DomainError notFound('document').
 */
export function reconfirmDocument(db: Database, id: number, on: string): DocumentInfo {
  const { changes } = db
    .prepare('UPDATE documents SET reconfirmed_on = ? WHERE id = ?')
    .run([on, id]);
  if (changes === 0) throw notFound('document');
  return getDocument(db, id);
}

/**
 * Deletes a document (a wrongly uploaded file): its row and its bytes, in one transaction with
 * an audit record naming the kind, never the file's name or content. A test result that pointed
 * to it as its report keeps its scores (report_document_id becomes NULL). The bytes' pages are
 * zeroed (secure_delete) and the WAL is checkpointed, so no copy is left in the vault's files.
 * @throws DomainError notFound('document').
 */
export function deleteDocument(db: Database, id: number, actor: string, now: Date): void {
  db.transaction(() => {
    const row = db
      .prepare(
        'SELECT d.kind, p.audit_ref AS ref FROM documents d JOIN participants p ON p.id = d.participant_id WHERE d.id = ?',
      )
      .get<{ kind: DocumentKind; ref: string }>([id]);
    if (!row) throw notFound('document');
    db.prepare('DELETE FROM documents WHERE id = ?').run([id]);
    recordAudit(db, {
      at: now,
      actor,
      action: 'delete',
      subjectRef: row.ref,
      detail: `document:${row.kind}`,
    });
  });
  db.pragmaValue('wal_checkpoint(TRUNCATE)');
}

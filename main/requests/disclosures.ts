// Disclosures: what was shared about a participant, with whom, when and why (GDPR art. 15(1)(c)
// "the recipients", art. 19 "notify each recipient" of a rectification or erasure, art. 30).
// Documents are named by id and by their file name at the time, so the record still says what
// went after a document is deleted.
import { DomainError, notFound } from '../domain/errors';
import type { Database } from '../vault/database';

/** One disclosure; dates YYYY-MM-DD, `createdAt` ISO UTC. */
export type Disclosure = Readonly<{
  id: number;
  recipient: string;
  sharedOn: string;
  legalBasis: string;
  purpose: string;
  documents: readonly Readonly<{ id: number; fileName: string }>[];
  createdBy: string;
  createdAt: string;
}>;

/**
 * Records that data about `participantId` was shared with `recipient` on `sharedOn` (not after
 * `today`) on `legalBasis`, with the documents `documentIds` (each must be the person's).
 * @throws DomainError notFound('participant' | 'document'), invalidDates ('sharedOn').
 */
export function recordDisclosure(
  db: Database,
  input: Readonly<{
    participantId: number;
    recipient: string;
    sharedOn: string;
    legalBasis: string;
    purpose: string;
    documentIds: readonly number[];
    today: string;
  }>,
  actor: string,
  now: Date,
): Disclosure {
  return db.transaction(() => {
    if (!db.prepare('SELECT 1 AS x FROM participants WHERE id = ?').get([input.participantId]))
      throw notFound('participant');
    if (input.sharedOn > input.today) throw new DomainError('invalidDates', 'sharedOn');
    const documents = db
      .prepare(
        `SELECT id, file_name AS fileName FROM documents
         WHERE participant_id = ? AND id IN (SELECT value FROM json_each(?)) ORDER BY id`,
      )
      .all<{ id: number; fileName: string }>([
        input.participantId,
        JSON.stringify([...new Set(input.documentIds)]),
      ]);
    if (documents.length !== new Set(input.documentIds).size) throw notFound('document');
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO disclosures (participant_id, recipient, shared_on, legal_basis, purpose,
           documents, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run([
        input.participantId,
        input.recipient,
        input.sharedOn,
        input.legalBasis,
        input.purpose,
        JSON.stringify(documents),
        actor,
        now.toISOString(),
      ]);
    return listDisclosures(db, input.participantId).find((d) => d.id === lastInsertRowid)!;
  });
}

/** The person's disclosures, newest first. */
export function listDisclosures(db: Database, participantId: number): Disclosure[] {
  return db
    .prepare(
      `SELECT id, recipient, shared_on AS sharedOn, legal_basis AS legalBasis, purpose, documents,
         created_by AS createdBy, created_at AS createdAt
       FROM disclosures WHERE participant_id = ? ORDER BY shared_on DESC, id DESC`,
    )
    .all<Omit<Disclosure, 'documents'> & { documents: string }>([participantId])
    .map((r) => ({ ...r, documents: JSON.parse(r.documents) as Disclosure['documents'] }));
}

/** The organisations to notify of a rectification or erasure (art. 19): each recipient once. */
export function recipientsToNotify(db: Database, participantId: number): string[] {
  return db
    .prepare(
      'SELECT DISTINCT recipient FROM disclosures WHERE participant_id = ? ORDER BY recipient COLLATE NOCASE',
    )
    .all<{ recipient: string }>([participantId])
    .map((r) => r.recipient);
}

// `vault bench`: fills a seeded vault with documents stored inside it (domain/documents.ts), so
// close-out and erasure are timed on a vault of realistic size, not only of many rows.
import { randomBytes } from 'node:crypto';
import { addDocument } from '../domain/documents';
import type { Database } from '../vault/database';

/** One document's size in bytes: 1 MiB, a CV or test report with pictures. */
export const BENCH_DOCUMENT_BYTES = 1024 * 1024;

/**
 * Adds `mb` documents of 1 MiB each (random bytes, so incompressible) to
 * participants spread over the whole caseload, 32 to a transaction. Dates: added at `now`.
 * @returns the bytes added.
 * @throws Error if the vault has no participant; DomainError from addDocument.
 */
export function addBenchDocuments(db: Database, mb: number, now: Date): number {
  const people = db
    .prepare(
      `SELECT p.id AS id, min(e.programme_id) AS programmeId FROM participants p
       JOIN enrolments e ON e.participant_id = p.id GROUP BY p.id ORDER BY p.id`,
    )
    .all<{ id: number; programmeId: number }>();
  if (people.length === 0) throw new Error('bench: no participant to hold documents');
  const block = randomBytes(BENCH_DOCUMENT_BYTES);
  for (let start = 0; start < mb; start += 32) {
    db.transaction(() => {
      for (let d = start; d < Math.min(mb, start + 32); d++) {
        // Spread over the caseload with a stride prime to most sizes, so programmes share them.
        const person = people[(d * 7919) % people.length]!;
        block.writeUInt32LE(d, 0);
        addDocument(
          db,
          {
            participantId: person.id,
            programmeId: person.programmeId,
            kind: 'testReport',
            fileName: `rapport-${d}.pdf`,
            mimeType: 'application/pdf',
            bytes: block,
          },
          now,
        );
      }
    });
  }
  return mb * BENCH_DOCUMENT_BYTES;
}

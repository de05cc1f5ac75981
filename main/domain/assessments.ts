// Assessments (e.g. MASTER Danmark via METIS): instrument, date, named scores, summary, optional report.
import { normalizeFreeText } from './text';
import type { Database } from '../vault/database';
import { recordAudit } from './audit';
import { notFound } from './errors';

export type Assessment = Readonly<{
  id: number;
  participantId: number;
  programmeId: number | null;
  provider: string;
  instrument: string;
  takenOn: string;
  scores: Readonly<Record<string, number>>;
  summary: string;
  reportDocumentId: number | null;
}>;

export type AssessmentInput = Omit<Assessment, 'id'>;

type Row = Omit<Assessment, 'scores'> & { scores: string };

const SELECT = `SELECT id, participant_id AS participantId, programme_id AS programmeId, provider, instrument,
  taken_on AS takenOn, scores, summary, report_document_id AS reportDocumentId FROM assessments`;

/**
 * Records a test result for a participant: provider, instrument and summary in NFC, `takenOn`
 * (YYYY-MM-DD), scores by scale, `now` as its creation instant (ISO UTC). Returns it as stored.
 * Throws DomainError notFound('participant') for an unknown participant.
 */
export function addAssessment(db: Database, input: AssessmentInput, now: Date): Assessment {
  if (!db.prepare('SELECT 1 AS x FROM participants WHERE id = ?').get([input.participantId]))
    throw notFound('participant');
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO assessments (participant_id, programme_id, provider, instrument, taken_on, scores, summary,
         report_document_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run([
      input.participantId,
      input.programmeId,
      normalizeFreeText(input.provider),
      normalizeFreeText(input.instrument),
      input.takenOn,
      JSON.stringify(input.scores),
      normalizeFreeText(input.summary),
      input.reportDocumentId,
      now.toISOString(),
    ]);
  return listAssessments(db, input.participantId).find((a) => a.id === lastInsertRowid)!;
}

/**
 * A participant's test results, newest first (by the day taken, YYYY-MM-DD, then id), scores
 * parsed. An unknown participant has none: an empty list.
 */
export function listAssessments(db: Database, participantId: number): Assessment[] {
  return db
    .prepare(`${SELECT} WHERE participant_id = ? ORDER BY taken_on DESC, id DESC`)
    .all<Row>([participantId])
    .map((r) => ({ ...r, scores: JSON.parse(r.scores) as Record<string, number> }));
}

/** What may be corrected on a test result: the day it was taken, its scores and its summary. */
export type AssessmentCorrection = Readonly<{
  id: number;
  takenOn: string;
  scores: Readonly<Record<string, number>>;
  summary: string;
}>;

/**
 * Corrects a test result (a typo in a score, the wrong day). Its provider, test and programme
 * stay; the search index follows the summary (trigger). Retention is unchanged: no rule counts
 * from the day a test was taken.
 * @throws DomainError notFound('assessment').
 */
export function updateAssessment(db: Database, input: AssessmentCorrection): Assessment {
  const row = db
    .prepare('SELECT participant_id AS p FROM assessments WHERE id = ?')
    .get<{ p: number }>([input.id]);
  if (!row) throw notFound('assessment');
  db.prepare('UPDATE assessments SET taken_on = ?, scores = ?, summary = ? WHERE id = ?').run([
    input.takenOn,
    JSON.stringify(input.scores),
    normalizeFreeText(input.summary),
    input.id,
  ]);
  return listAssessments(db, row.p).find((a) => a.id === input.id)!;
}

/**
 * Deletes a test result, with an audit record that names only the kind. Its summary leaves the
 * search index with FTS5 'secure-delete' switched on for this one deletion (on for every
 * deletion, it costs seconds per thousand), so the words are not kept in an older segment; a
 * report document it points to is a document of its own and stays.
 * @throws DomainError notFound('assessment').
 */
export function deleteAssessment(db: Database, id: number, actor: string, now: Date): void {
  const row = db
    .prepare(
      'SELECT p.audit_ref AS ref FROM assessments a JOIN participants p ON p.id = a.participant_id WHERE a.id = ?',
    )
    .get<{ ref: string }>([id]);
  if (!row) throw notFound('assessment');
  // FTS5 applies secure-delete when it flushes, at commit: it stays on until the commit is done.
  setSecureDelete(db, true);
  try {
    db.transaction(() => {
      db.prepare('DELETE FROM assessments WHERE id = ?').run([id]);
      recordAudit(db, {
        at: now,
        actor,
        action: 'delete',
        subjectRef: row.ref,
        detail: 'assessment',
      });
    });
  } finally {
    setSecureDelete(db, false);
  }
  db.pragmaValue('wal_checkpoint(TRUNCATE)');
}

function setSecureDelete(db: Database, on: boolean): void {
  // A literal: FTS5 wants an integer here, and a bound JS number arrives as a real.
  db.exec(`INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', ${on ? 1 : 0})`);
}

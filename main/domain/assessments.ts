// Assessments (e.g. MASTER Danmark via METIS): instrument, date, named scores, summary, optional report.
import { normalizeFreeText } from './text';
import type { Database } from '../vault/database';
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

export function listAssessments(db: Database, participantId: number): Assessment[] {
  return db
    .prepare(`${SELECT} WHERE participant_id = ? ORDER BY taken_on DESC, id DESC`)
    .all<Row>([participantId])
    .map((r) => ({ ...r, scores: JSON.parse(r.scores) as Record<string, number> }));
}

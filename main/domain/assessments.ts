// Assessments (e.g. MASTER Danmark via METIS): instrument, date, scores each on its own scale,
// summary, optional report; and the scales of the instruments used before, offered again.
import { normalizeFreeText } from './text';
import type { Database } from '../vault/database';
import { recordAudit } from './audit';
import { notFound } from './errors';

/**
 * One score on its scale. `min` and `max` are null only on results recorded before scales were
 * asked (migration 018 kept those as they were: a scale cannot be guessed from a value).
 */
export type Score = Readonly<{
  name: string;
  value: number;
  min: number | null;
  max: number | null;
}>;

/** A score as the consultant records it now: the scale is always given (min < max). */
export type ScaleScore = Readonly<{ name: string; value: number; min: number; max: number }>;

export type Assessment = Readonly<{
  id: number;
  participantId: number;
  programmeId: number | null;
  provider: string;
  instrument: string;
  takenOn: string;
  scores: Score[];
  summary: string;
  reportDocumentId: number | null;
}>;

export type AssessmentInput = Omit<Assessment, 'id' | 'scores'> & {
  scores: readonly ScaleScore[];
};

type Row = Omit<Assessment, 'scores'> & { scores: string };

/** The stored JSON text for scores: names in NFC, in the order given. */
function scoresJson(scores: readonly ScaleScore[]): string {
  return JSON.stringify(
    scores.map((s) => ({
      name: normalizeFreeText(s.name),
      value: s.value,
      min: s.min,
      max: s.max,
    })),
  );
}

const SELECT = `SELECT id, participant_id AS participantId, programme_id AS programmeId, provider, instrument,
  taken_on AS takenOn, scores, summary, report_document_id AS reportDocumentId FROM assessments`;

/**
 * Records a test result for a participant: provider, instrument and summary in NFC, `takenOn`
 * (YYYY-MM-DD), scores each with its scale (names in NFC, order kept), `now` as its creation instant (ISO UTC). Returns it as stored.
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
      scoresJson(input.scores),
      normalizeFreeText(input.summary),
      input.reportDocumentId,
      now.toISOString(),
    ]);
  return listAssessments(db, input.participantId).find((a) => a.id === lastInsertRowid)!;
}

/**
 * A participant's test results, newest first (by the day taken, YYYY-MM-DD, then id), scores
 * parsed in their recorded order. An unknown participant has none: an empty list.
 */
export function listAssessments(db: Database, participantId: number): Assessment[] {
  return db
    .prepare(`${SELECT} WHERE participant_id = ? ORDER BY taken_on DESC, id DESC`)
    .all<Row>([participantId])
    .map((r) => ({ ...r, scores: JSON.parse(r.scores) as Score[] }));
}

/** What may be corrected on a test result: the day it was taken, its scores and its summary. */
export type AssessmentCorrection = Readonly<{
  id: number;
  takenOn: string;
  scores: readonly ScaleScore[];
  summary: string;
}>;

/**
 * Corrects a test result (a typo in a score, the wrong day). Its provider, test and programme
 * stay; the search index follows the summary (trigger). The scores are replaced whole, each
 * with its scale (an older result gets its scales here). Retention is unchanged: no rule counts
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
    scoresJson(input.scores),
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

/** An instrument used before: its provider and the scales of its newest result that has them. */
export type KnownInstrument = Readonly<{
  instrument: string;
  provider: string;
  scales: Readonly<{ name: string; min: number; max: number }>[];
}>;

/**
 * The instruments recorded before, by name (as stored, NFC), each with the provider and the
 * scored scales (name, min, max, in their order) of its newest result that has scales (by the day
 * taken, YYYY-MM-DD, then id); results from before scales were asked are skipped, and so are a
 * restricted person's (GDPR art. 18: their data is only stored). At most 500 instruments, in
 * name order. Throws nothing beyond the driver's errors; an empty vault gives [].
 */
export function knownInstruments(db: Database): KnownInstrument[] {
  const rows = db
    .prepare(
      `SELECT instrument, provider, scores FROM (
         SELECT a.instrument, a.provider, a.scores, ROW_NUMBER() OVER (
           PARTITION BY a.instrument ORDER BY a.taken_on DESC, a.id DESC) AS newest
         FROM assessments a
         WHERE EXISTS (SELECT 1 FROM json_each(a.scores) s
                        WHERE json_type(s.value, '$.min') IN ('integer', 'real'))
           AND NOT EXISTS (SELECT 1 FROM restrictions r
                            WHERE r.participant_id = a.participant_id AND r.lifted_at IS NULL))
       WHERE newest = 1 ORDER BY instrument LIMIT 500`,
    )
    .all<{ instrument: string; provider: string; scores: string }>();
  return rows.map((r) => ({
    instrument: r.instrument,
    provider: r.provider,
    scales: (JSON.parse(r.scores) as Score[]).flatMap((s) =>
      s.min === null || s.max === null ? [] : [{ name: s.name, min: s.min, max: s.max }],
    ),
  }));
}

function setSecureDelete(db: Database, on: boolean): void {
  // A literal: FTS5 wants an integer here, and a bound JS number arrives as a real.
  db.exec(`INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', ${on ? 1 : 0})`);
}

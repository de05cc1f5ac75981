// The purge: one transaction removes every row in scope (FTS rows follow through triggers), marks
// the vault for the finishing steps, and appends the deletion record, so a crash leaves the vault
// wholly before or wholly after.
import type { Database } from '../vault/database';
import { DomainError, notFound } from '../domain/errors';
import { appendDeletionRecord, type CertificateBody, type DeletionRecord } from './certificates';

export const SHRED_PENDING_KEY = 'shredPending';

export type PurgeCounts = Record<string, number>;

export type CloseOutReview = Readonly<{
  programmeId: number;
  counts: PurgeCounts;
  participants: readonly Readonly<{
    id: number;
    givenName: string;
    familyName: string;
    keptFor: readonly string[];
  }>[];
}>;

export type PaperChecklist = Readonly<Record<number, 'shredded' | 'none'>>;

type Scope = Readonly<{ programmeId: number; exclusive: number[]; shared: number[] }>;

/** What a close-out would remove: counts per category and every participant affected. */
export function reviewCloseOut(db: Database, programmeId: number): CloseOutReview {
  const scope = scopeOf(db, programmeId);
  const people = db
    .prepare(
      `SELECT p.id, p.given_name AS givenName, p.family_name AS familyName,
         (SELECT json_group_array(pr.name) FROM enrolments e JOIN programmes pr ON pr.id = e.programme_id
            WHERE e.participant_id = p.id AND e.programme_id != $programme) AS keptFor
       FROM participants p JOIN enrolments e ON e.participant_id = p.id AND e.programme_id = $programme
       ORDER BY p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE`,
    )
    .all<{ id: number; givenName: string; familyName: string; keptFor: string }>({
      programme: programmeId,
    })
    .map((r) => ({ ...r, keptFor: JSON.parse(r.keptFor) as string[] }));
  return { programmeId, counts: countScope(db, scope), participants: people };
}

/** Removes the programme's data; a participant enrolled elsewhere keeps what belongs there. */
export function purgeProgramme(
  db: Database,
  input: Readonly<{
    programmeId: number;
    paper: PaperChecklist;
    record: Omit<CertificateBody, 'scope' | 'counts' | 'paperNotes' | 'kind'>;
  }>,
): DeletionRecord {
  return db.transaction(() => {
    const programme = db
      .prepare('SELECT id, country, status FROM programmes WHERE id = ?')
      .get<{ id: number; country: 'DK' | 'NO'; status: string }>([input.programmeId]);
    if (!programme) throw notFound('programme');
    if (programme.status === 'closed') throw new DomainError('programmeClosed');
    const scope = scopeOf(db, input.programmeId);
    const everyone = [...scope.exclusive, ...scope.shared];
    if (everyone.some((id) => !input.paper[id]))
      throw new DomainError('paperChecklistIncomplete', 'paper');
    const counts = countScope(db, scope);
    const p = { programme: input.programmeId };
    db.prepare('DELETE FROM notes WHERE programme_id = $programme').run(p);
    db.prepare('DELETE FROM assessments WHERE programme_id = $programme').run(p);
    db.prepare('DELETE FROM documents WHERE programme_id = $programme').run(p);
    db.prepare('DELETE FROM enrolments WHERE programme_id = $programme').run(p);
    deleteParticipants(db, scope.exclusive);
    for (const id of scope.shared) recomputeLastContact(db, id);
    db.prepare("UPDATE programmes SET status = 'closed', updated_at = ? WHERE id = ?").run([
      input.record.at,
      input.programmeId,
    ]);
    db.prepare('DELETE FROM retention_postponements WHERE item_key = ?').run([
      `programmeEnd:programme:${input.programmeId}`,
    ]);
    markShredPending(db);
    return appendDeletionRecord(db, {
      ...input.record,
      kind: 'programmeCloseOut',
      scope: {
        programmeId: input.programmeId,
        country: programme.country,
        participantsErased: scope.exclusive.length,
        participantsKeptForOtherProgrammes: scope.shared.length,
      },
      counts,
      paperNotes: tallyPaper(everyone, input.paper),
    });
  });
}

/** Erases one person now (a data-subject request, or a due item): everything about them. */
export function purgeParticipant(
  db: Database,
  input: Readonly<{
    participantId: number;
    paper: 'shredded' | 'none';
    record: Omit<CertificateBody, 'scope' | 'counts' | 'paperNotes' | 'kind'>;
  }>,
): DeletionRecord {
  return db.transaction(() => {
    if (!db.prepare('SELECT 1 AS x FROM participants WHERE id = ?').get([input.participantId]))
      throw notFound('participant');
    const counts = countPeople(db, [input.participantId]);
    deleteParticipants(db, [input.participantId]);
    markShredPending(db);
    return appendDeletionRecord(db, {
      ...input.record,
      kind: 'participantErasure',
      scope: {
        programmeId: null,
        country: null,
        participantsErased: 1,
        participantsKeptForOtherProgrammes: 0,
      },
      counts,
      paperNotes: tallyPaper([input.participantId], { [input.participantId]: input.paper }),
    });
  });
}

export function shredPending(db: Database): boolean {
  return !!db.prepare('SELECT 1 AS x FROM meta WHERE key = ?').get([SHRED_PENDING_KEY]);
}

export function clearShredPending(db: Database): void {
  db.prepare('DELETE FROM meta WHERE key = ?').run([SHRED_PENDING_KEY]);
}

function markShredPending(db: Database): void {
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')").run([SHRED_PENDING_KEY]);
}

function scopeOf(db: Database, programmeId: number): Scope {
  if (!db.prepare('SELECT 1 AS x FROM programmes WHERE id = ?').get([programmeId]))
    throw notFound('programme');
  const rows = db
    .prepare(
      `SELECT e.participant_id AS id,
         EXISTS (SELECT 1 FROM enrolments o WHERE o.participant_id = e.participant_id AND o.programme_id != e.programme_id) AS shared
       FROM enrolments e WHERE e.programme_id = ?`,
    )
    .all<{ id: number; shared: number }>([programmeId]);
  return {
    programmeId,
    exclusive: rows.filter((r) => !r.shared).map((r) => r.id),
    shared: rows.filter((r) => r.shared).map((r) => r.id),
  };
}

/** Counts per category of everything a close-out removes (the programme's rows plus whole exclusive people). */
function countScope(db: Database, scope: Scope): PurgeCounts {
  const inProgramme = { programme: scope.programmeId };
  const n = (sql: string) => Number(db.prepare(sql).get(inProgramme)?.n ?? 0);
  const counts: PurgeCounts = {
    sessionNotes: n('SELECT count(*) AS n FROM notes WHERE programme_id = $programme'),
    addenda: n(
      'SELECT count(*) AS n FROM note_addenda a JOIN notes t ON t.id = a.note_id WHERE t.programme_id = $programme',
    ),
    assessments: n('SELECT count(*) AS n FROM assessments WHERE programme_id = $programme'),
    enrolmentData: n('SELECT count(*) AS n FROM enrolments WHERE programme_id = $programme'),
  };
  for (const r of db
    .prepare(
      'SELECT kind, count(*) AS n FROM documents WHERE programme_id = $programme GROUP BY kind',
    )
    .all<{ kind: string; n: number }>(inProgramme)) {
    counts[`documents.${r.kind}`] = r.n;
  }
  // Exclusive people go entirely: add what they hold outside this programme (or in none).
  const rest = countPeople(db, scope.exclusive, scope.programmeId);
  for (const [k, v] of Object.entries(rest)) counts[k] = (counts[k] ?? 0) + v;
  return counts;
}

/** Everything whole-participant deletion removes, optionally leaving out rows already counted for a programme. */
function countPeople(
  db: Database,
  ids: readonly number[],
  exceptProgramme: number | null = null,
): PurgeCounts {
  const p = { ids: JSON.stringify(ids), except: exceptProgramme };
  const inIds = 'IN (SELECT value FROM json_each($ids))';
  const notExcept = '($except IS NULL OR programme_id IS NOT $except)';
  const n = (sql: string) => Number(db.prepare(sql).get(p)?.n ?? 0);
  const counts: PurgeCounts = {
    participant: ids.length,
    sessionNotes: n(
      `SELECT count(*) AS n FROM notes WHERE participant_id ${inIds} AND ${notExcept}`,
    ),
    addenda: n(
      `SELECT count(*) AS n FROM note_addenda a JOIN notes t ON t.id = a.note_id WHERE t.participant_id ${inIds} AND ($except IS NULL OR t.programme_id IS NOT $except)`,
    ),
    assessments: n(
      `SELECT count(*) AS n FROM assessments WHERE participant_id ${inIds} AND ${notExcept}`,
    ),
    enrolmentData: n(
      `SELECT count(*) AS n FROM enrolments WHERE participant_id ${inIds} AND ${notExcept}`,
    ),
    consents: n(`SELECT count(*) AS n FROM consents WHERE participant_id ${inIds}`),
    auditReferences: n(
      `SELECT count(*) AS n FROM audit_log WHERE subject_ref IN (SELECT audit_ref FROM participants WHERE id ${inIds})`,
    ),
  };
  for (const r of db
    .prepare(
      `SELECT kind, count(*) AS n FROM documents WHERE participant_id ${inIds} AND ${notExcept} GROUP BY kind`,
    )
    .all<{ kind: string; n: number }>(p)) {
    counts[`documents.${r.kind}`] = r.n;
  }
  return counts;
}

function deleteParticipants(db: Database, ids: readonly number[]): void {
  if (ids.length === 0) return;
  const p = { ids: JSON.stringify(ids) };
  db.prepare(
    'DELETE FROM audit_log WHERE subject_ref IN (SELECT audit_ref FROM participants WHERE id IN (SELECT value FROM json_each($ids)))',
  ).run(p);
  // Cascades remove enrolments, notes (and addenda), documents (and contents), assessments, consents.
  db.prepare('DELETE FROM participants WHERE id IN (SELECT value FROM json_each($ids))').run(p);
}

function recomputeLastContact(db: Database, participantId: number): void {
  db.prepare(
    'UPDATE participants SET last_contact_at = (SELECT max(occurred_at) FROM notes WHERE participant_id = $id) WHERE id = $id',
  ).run({ id: participantId });
}

function tallyPaper(
  ids: readonly number[],
  paper: PaperChecklist,
): { shredded: number; none: number } {
  return {
    shredded: ids.filter((id) => paper[id] === 'shredded').length,
    none: ids.filter((id) => paper[id] === 'none').length,
  };
}

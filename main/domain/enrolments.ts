// Enrolments: a participant in a programme, with dates and a status; one person may be in several.
import type { Database } from '../vault/database';
import { DomainError, notFound } from './errors';
import { normalizeFreeText } from './text';

export type EnrolmentStatus = 'active' | 'completed' | 'withdrawn';
/** Why an enrolment ended; 'other' comes with the consultant's own words. */
export const END_REASONS = ['job', 'education', 'sickness', 'moved', 'other'] as const;
export type EndReason = (typeof END_REASONS)[number];

export type Enrolment = Readonly<{
  id: number;
  participantId: number;
  programmeId: number;
  programmeName: string;
  enrolledOn: string;
  endedOn: string | null;
  status: EnrolmentStatus;
  /** Null while active, for an enrolment ended before reasons were asked, or by an import. */
  endReason: EndReason | null;
  endReasonText: string | null;
}>;

/**
 * Enrols a participant in a programme from `enrolledOn` (YYYY-MM-DD); enrolling again reopens an
 * ended enrolment (active, end cleared). Returns the enrolment. Throws DomainError
 * notFound('participant') or notFound('programme').
 */
export function enrol(
  db: Database,
  participantId: number,
  programmeId: number,
  enrolledOn: string,
): Enrolment {
  if (!db.prepare('SELECT 1 AS x FROM participants WHERE id = ?').get([participantId]))
    throw notFound('participant');
  if (!db.prepare('SELECT 1 AS x FROM programmes WHERE id = ?').get([programmeId]))
    throw notFound('programme');
  db.prepare(
    `INSERT INTO enrolments (participant_id, programme_id, enrolled_on) VALUES (?, ?, ?)
     ON CONFLICT (participant_id, programme_id) DO UPDATE SET status = 'active', ended_on = NULL,
       end_reason = NULL, end_reason_text = NULL`,
  ).run([participantId, programmeId, enrolledOn]);
  return listEnrolments(db, participantId).find((e) => e.programmeId === programmeId)!;
}

/**
 * Ends an enrolment on `endedOn` as completed or withdrawn, with why (`reason`; its own words
 * `reasonText` only for 'other', where they are required).
 * @throws DomainError notEnrolled, reasonRequired (field endReasonText).
 */
export function endEnrolment(
  db: Database,
  participantId: number,
  programmeId: number,
  endedOn: string,
  status: Exclude<EnrolmentStatus, 'active'>,
  reason: Readonly<{ reason: EndReason; text?: string | null | undefined }> | null = null,
): Enrolment {
  const text = reason?.reason === 'other' ? normalizeFreeText(reason.text ?? '').trim() : '';
  if (reason?.reason === 'other' && !text) throw new DomainError('reasonRequired', 'endReasonText');
  const { changes } = db
    .prepare(
      `UPDATE enrolments SET ended_on = ?, status = ?, end_reason = ?, end_reason_text = ?
       WHERE participant_id = ? AND programme_id = ?`,
    )
    .run([endedOn, status, reason?.reason ?? null, text || null, participantId, programmeId]);
  if (changes === 0) throw new DomainError('notEnrolled');
  return listEnrolments(db, participantId).find((e) => e.programmeId === programmeId)!;
}

/**
 * A participant's enrolments with their programme's name, newest first (YYYY-MM-DD dates); empty
 * for an unknown participant.
 */
export function listEnrolments(db: Database, participantId: number): Enrolment[] {
  return db
    .prepare(
      `SELECT e.id, e.participant_id AS participantId, e.programme_id AS programmeId, p.name AS programmeName,
              e.enrolled_on AS enrolledOn, e.ended_on AS endedOn, e.status,
              e.end_reason AS endReason, e.end_reason_text AS endReasonText
       FROM enrolments e JOIN programmes p ON p.id = e.programme_id
       WHERE e.participant_id = ? ORDER BY e.enrolled_on DESC, e.id DESC`,
    )
    .all<Enrolment>([participantId]);
}

/** Whether the participant has an enrolment (running or ended) in the programme. */
export function isEnrolled(db: Database, participantId: number, programmeId: number): boolean {
  return !!db
    .prepare('SELECT 1 AS x FROM enrolments WHERE participant_id = ? AND programme_id = ?')
    .get([participantId, programmeId]);
}

// Restriction of processing (GDPR art. 18): while restricted, a participant's data is only
// stored. Every IPC channel that would change it is refused (`restricted`), and the retention
// rules delete none of it (a restriction asked for to keep data for a legal claim, art.
// 18(1)(c), must not end in a shredding). Lifting it takes a reason (art. 18(3): the person is
// told before). The guard sits at the IPC boundary so no write path can forget it.
import { DomainError, notFound } from '../domain/errors';
import type { ChannelName } from '../ipc/contract';
import type { Database } from '../vault/database';
import { OPEN_STATUSES, sqlList } from './vocabulary';

/** A participant's current restriction, or null. */
export type Restriction = Readonly<{
  since: string;
  by: string;
  reason: string;
  requestId: number | null;
}>;

/**
 * Restricts processing of `participantId` with `reason`, optionally under open request
 * `requestId` (a restriction request of this person).
 * @throws DomainError notFound('participant' | 'request'), restricted (already restricted).
 */
export function restrictParticipant(
  db: Database,
  input: Readonly<{ participantId: number; reason: string; requestId?: number | undefined }>,
  actor: string,
  now: Date,
): Restriction {
  return db.transaction(() => {
    if (!db.prepare('SELECT 1 AS x FROM participants WHERE id = ?').get([input.participantId]))
      throw notFound('participant');
    if (currentRestriction(db, input.participantId)) throw new DomainError('restricted');
    if (
      input.requestId !== undefined &&
      !db
        .prepare(
          `SELECT 1 AS x FROM requests WHERE id = ? AND participant_id = ? AND status IN (${sqlList(OPEN_STATUSES)})`,
        )
        .get([input.requestId, input.participantId])
    )
      throw notFound('request');
    db.prepare(
      'INSERT INTO restrictions (participant_id, started_at, started_by, reason, request_id) VALUES (?, ?, ?, ?, ?)',
    ).run([input.participantId, now.toISOString(), actor, input.reason, input.requestId ?? null]);
    return currentRestriction(db, input.participantId)!;
  });
}

/**
 * Lifts the current restriction with `reason`. @throws DomainError notFound('restriction').
 */
export function liftRestriction(
  db: Database,
  input: Readonly<{ participantId: number; reason: string }>,
  actor: string,
  now: Date,
): void {
  const { changes } = db
    .prepare(
      'UPDATE restrictions SET lifted_at = ?, lifted_by = ?, lift_reason = ? WHERE participant_id = ? AND lifted_at IS NULL',
    )
    .run([now.toISOString(), actor, input.reason, input.participantId]);
  if (changes === 0) throw notFound('restriction');
}

/**
 * The participant's restriction in force (GDPR art. 18): since when (ISO UTC), by whom, why, and
 * the request it answers; null when none is.
 */
export function currentRestriction(db: Database, participantId: number): Restriction | null {
  return (
    db
      .prepare(
        `SELECT started_at AS since, started_by AS by, reason, request_id AS requestId
         FROM restrictions WHERE participant_id = ? AND lifted_at IS NULL`,
      )
      .get<Restriction>([participantId]) ?? null
  );
}

/** Ids of every participant under restriction (for the retention rules to leave alone). */
export function restrictedParticipantIds(db: Database): Set<number> {
  return new Set(
    db
      .prepare('SELECT participant_id AS id FROM restrictions WHERE lifted_at IS NULL')
      .all<{ id: number }>()
      .map((r) => r.id),
  );
}

type Input = Record<string, unknown>;
type Resolve = (db: Database, input: Input) => readonly number[];

const direct: Resolve = (_db, i) => [i.participantId as number];
const viaRow =
  (table: string, key = 'id'): Resolve =>
  (db, i) =>
    db
      .prepare(`SELECT participant_id AS p FROM ${table} WHERE id = ?`)
      .all<{ p: number | null }>([i[key] as number])
      .flatMap((r) => (r.p === null ? [] : [r.p]));

/**
 * The channels that change a participant's data, and how to find whose: each is refused while
 * that participant is restricted. A close-out is refused while anyone in the programme is.
 */
export const RESTRICTED_WRITES: Partial<Record<ChannelName, Resolve>> = {
  'participants.update': (_db, i) => [i.id as number],
  'enrolments.create': direct,
  'enrolments.end': direct,
  'sessionNotes.createDraft': direct,
  'sessionNotes.saveDraft': viaRow('notes'),
  'sessionNotes.lock': viaRow('notes'),
  'sessionNotes.discardDraft': viaRow('notes'),
  'sessionNotes.addAddendum': viaRow('notes', 'noteId'),
  'documents.add': direct,
  'documents.reconfirm': viaRow('documents'),
  'documents.delete': viaRow('documents'),
  'assessments.add': direct,
  'assessments.update': viaRow('assessments'),
  'assessments.delete': viaRow('assessments'),
  'consents.add': direct,
  'consents.withdraw': viaRow('consents'),
  'profile.save': direct,
  'profile.setPhoto': direct,
  'profile.deletePhoto': direct,
  'disclosures.record': direct,
  'retention.eraseParticipant': direct,
  'requests.erase': viaRow('requests', 'requestId'),
  // A due item's key ends with the person it is for: `…:participant:<id>`.
  'retention.purgeItem': (_db, i) => {
    const m = /participant:(\d+)$/.exec(String(i.itemKey));
    return m ? [Number(m[1])] : [];
  },
  'retention.closeOut': (db, i) =>
    db
      .prepare('SELECT participant_id AS p FROM enrolments WHERE programme_id = ?')
      .all<{ p: number }>([i.programmeId as number])
      .map((r) => r.p),
};

/**
 * Refuses `channel` with DomainError('restricted') when it would change the data of a
 * participant under restriction. A channel not in RESTRICTED_WRITES passes.
 */
export function assertChannelAllowed(db: Database, channel: ChannelName, input: unknown): void {
  const resolve = RESTRICTED_WRITES[channel];
  if (!resolve) return;
  const restricted = restrictedParticipantIds(db);
  if (restricted.size === 0) return;
  if (resolve(db, input as Input).some((id) => restricted.has(id)))
    throw new DomainError('restricted');
}

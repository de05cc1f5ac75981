// The register of data-subject requests: log one, record the identity check, extend the
// deadline, start work, close it (completed, refused or partly refused), list by deadline.
// Rules: GDPR art. 12(3) (deadline, extension with notice), art. 12(6) and the Norwegian seed
// (the identity may be checked; never a copy of an ID document). SQL only here, no handlers.
import { DomainError, notFound } from '../domain/errors';
import type { Database } from '../vault/database';
import { deadlineState, requestDueOn, type DeadlineState } from './deadline';
import {
  OPEN_STATUSES,
  sqlList,
  type IdentityMethod,
  type RequestChannel,
  type RequestKind,
  type RequestStatus,
} from './vocabulary';

/** A request as the register holds it; dates YYYY-MM-DD, instants ISO UTC. */
export type DataSubjectRequest = Readonly<{
  id: number;
  /** Null once the person was erased (the request stays as proof it was answered). */
  participantId: number | null;
  kind: RequestKind;
  channel: RequestChannel;
  receivedOn: string;
  dueOn: string;
  extensionMonths: number;
  extensionReason: string | null;
  extensionToldOn: string | null;
  identityMethod: IdentityMethod | null;
  identityCheckedBy: string | null;
  identityCheckedOn: string | null;
  status: RequestStatus;
  outcome: string;
  deletionRecordId: number | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}>;

const COLUMNS = `id, participant_id AS participantId, kind, channel, received_on AS receivedOn,
  due_on AS dueOn, extension_months AS extensionMonths, extension_reason AS extensionReason,
  extension_told_on AS extensionToldOn, identity_method AS identityMethod,
  identity_checked_by AS identityCheckedBy, identity_checked_on AS identityCheckedOn, status,
  outcome, deletion_record_id AS deletionRecordId, created_by AS createdBy,
  created_at AS createdAt, updated_at AS updatedAt, closed_at AS closedAt`;

const OPEN = `status IN (${sqlList(OPEN_STATUSES)})`;

/**
 * Logs a request received on `receivedOn` (YYYY-MM-DD, not after today) through `channel`;
 * its due date is one calendar month later (deadline.ts).
 * @throws DomainError notFound('participant'), invalidDates (received in the future).
 */
export function logRequest(
  db: Database,
  input: Readonly<{
    participantId: number;
    kind: RequestKind;
    channel: RequestChannel;
    receivedOn: string;
    today: string;
  }>,
  actor: string,
  now: Date,
): DataSubjectRequest {
  if (!db.prepare('SELECT 1 AS x FROM participants WHERE id = ?').get([input.participantId]))
    throw notFound('participant');
  if (input.receivedOn > input.today) throw new DomainError('invalidDates', 'receivedOn');
  const at = now.toISOString();
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO requests (participant_id, kind, channel, received_on, due_on, created_by,
         created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run([
      input.participantId,
      input.kind,
      input.channel,
      input.receivedOn,
      requestDueOn(input.receivedOn),
      actor,
      at,
      at,
    ]);
  return getRequest(db, lastInsertRowid);
}

/** One request. @throws DomainError notFound('request'). */
export function getRequest(db: Database, id: number): DataSubjectRequest {
  const row = db
    .prepare(`SELECT ${COLUMNS} FROM requests WHERE id = ?`)
    .get<DataSubjectRequest>([id]);
  if (!row) throw notFound('request');
  return row;
}

/**
 * Records how the person's identity was checked, by whom and on which day (YYYY-MM-DD). Only
 * the method is kept: never a copy or a number of an ID document.
 * @throws DomainError notFound('request'), requestClosed.
 */
export function recordIdentityCheck(
  db: Database,
  id: number,
  input: Readonly<{ method: IdentityMethod; checkedBy: string; checkedOn: string }>,
  now: Date,
): DataSubjectRequest {
  return updateOpen(db, id, now, {
    identity_method: input.method,
    identity_checked_by: input.checkedBy,
    identity_checked_on: input.checkedOn,
  });
}

/**
 * Extends the deadline to `months` (1 or 2) further months from the first due date, with the
 * reason and the day the person was told (art. 12(3): within the first month).
 * @throws DomainError notFound('request'), requestClosed, invalidDates (told after the first
 *   month had run out, or before the request was received).
 */
export function extendRequest(
  db: Database,
  id: number,
  input: Readonly<{ months: 1 | 2; reason: string; toldOn: string }>,
  now: Date,
): DataSubjectRequest {
  const request = getRequest(db, id);
  if (input.toldOn < request.receivedOn || input.toldOn > requestDueOn(request.receivedOn))
    throw new DomainError('invalidDates', 'toldOn');
  return updateOpen(db, id, now, {
    extension_months: input.months,
    extension_reason: input.reason,
    extension_told_on: input.toldOn,
    due_on: requestDueOn(request.receivedOn, input.months),
  });
}

/** open → inProgress. @throws DomainError notFound('request'), requestClosed. */
export function startRequest(db: Database, id: number, now: Date): DataSubjectRequest {
  return updateOpen(db, id, now, { status: 'inProgress' });
}

/**
 * Closes a request: 'completed' (needs the identity check recorded first), 'refused' or
 * 'partlyRefused' (each needs the reason in `outcome`). `outcome` says what was done.
 * @throws DomainError notFound('request'), requestClosed, identityNotChecked, validation-style
 *   DomainError('invalidDates', 'outcome') is never used: an empty reason is refused by the
 *   IPC schema and by the table's CHECK.
 */
export function closeRequest(
  db: Database,
  id: number,
  input: Readonly<{
    status: 'completed' | 'refused' | 'partlyRefused';
    outcome: string;
    deletionRecordId?: number | null;
  }>,
  now: Date,
): DataSubjectRequest {
  const request = getRequest(db, id);
  if (input.status === 'completed' && request.identityMethod === null)
    throw new DomainError('identityNotChecked', 'identity');
  return updateOpen(db, id, now, {
    status: input.status,
    outcome: input.outcome,
    closed_at: now.toISOString(),
    ...(input.deletionRecordId !== undefined && { deletion_record_id: input.deletionRecordId }),
  });
}

/**
 * A request with where its deadline stands today, and its person's name (null once erased), for
 * the banner and the requests screen.
 */
export type ListedRequest = DataSubjectRequest &
  Readonly<{ deadline: DeadlineState | null; participantName: string | null }>;

/**
 * Requests by deadline, soonest first: every open one (of one person, if `participantId`),
 * and the closed ones too with `includeClosed`. `deadline` is null for a closed request.
 */
export function listRequests(
  db: Database,
  filter: Readonly<{ participantId?: number; includeClosed?: boolean }>,
  now: Date,
  timeZone: string,
): ListedRequest[] {
  const where = [
    ...(filter.includeClosed ? [] : [OPEN]),
    ...(filter.participantId !== undefined ? ['participant_id = $participant'] : []),
  ];
  const rows = db
    .prepare(
      `SELECT ${COLUMNS},
         (SELECT p.given_name || ' ' || p.family_name FROM participants p
            WHERE p.id = requests.participant_id) AS participantName
       FROM requests ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY (${OPEN}) DESC, due_on, id`,
    )
    .all<DataSubjectRequest & { participantName: string | null }>(
      filter.participantId !== undefined ? { participant: filter.participantId } : [],
    );
  return rows.map((r) => ({
    ...r,
    deadline: (OPEN_STATUSES as readonly string[]).includes(r.status)
      ? deadlineState(r.dueOn, now, timeZone)
      : null,
  }));
}

/** How many open requests are overdue and how many due within a week, for the banner. */
export function requestCounts(
  db: Database,
  now: Date,
  timeZone: string,
): { overdue: number; dueSoon: number; open: number } {
  const open = listRequests(db, {}, now, timeZone);
  return {
    overdue: open.filter((r) => r.deadline === 'overdue').length,
    dueSoon: open.filter((r) => r.deadline === 'dueSoon').length,
    open: open.length,
  };
}

/** Updates an open request's columns (fixed names from this file only) and its updated_at. */
function updateOpen(
  db: Database,
  id: number,
  now: Date,
  columns: Readonly<Record<string, string | number | null>>,
): DataSubjectRequest {
  return db.transaction(() => {
    const request = getRequest(db, id);
    if (!(OPEN_STATUSES as readonly string[]).includes(request.status))
      throw new DomainError('requestClosed');
    const names = Object.keys(columns);
    db.prepare(
      `UPDATE requests SET ${names.map((n) => `${n} = $${n}`).join(', ')}, updated_at = $at WHERE id = $id`,
    ).run({ ...columns, at: now.toISOString(), id });
    return getRequest(db, id);
  });
}

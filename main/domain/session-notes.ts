// Session notes: drafts that autosave, locking (read-only forever), dated addenda, a newest-first timeline.
import type { Database } from '../vault/database';
import { DomainError, notFound } from './errors';
import { isEnrolled } from './enrolments';
import { normalizeFreeText } from './text';
import { storedInstant } from './text-fields';

export type NoteKind = 'meeting' | 'phone' | 'email' | 'other';
export type NoteStatus = 'draft' | 'locked';

/** An addendum; `requestId`: the correction request it answers (GDPR art. 16), if any. */
export type Addendum = Readonly<{
  id: number;
  body: string;
  createdAt: string;
  requestId: number | null;
}>;

export type SessionNote = Readonly<{
  id: number;
  participantId: number;
  programmeId: number;
  occurredAt: string;
  kind: NoteKind;
  body: string;
  status: NoteStatus;
  lockedAt: string | null;
  createdAt: string;
  updatedAt: string;
  addenda: Addendum[];
}>;

type NoteRow = Omit<SessionNote, 'addenda'>;

const SELECT = `SELECT id, participant_id AS participantId, programme_id AS programmeId, occurred_at AS occurredAt,
  kind, body, status, locked_at AS lockedAt, created_at AS createdAt, updated_at AS updatedAt FROM notes`;

/**
 * Starts a session note as a draft for a participant in a programme they are enrolled in:
 * `occurredAt` any instant form (stored ISO UTC), body in NFC, `now` its creation instant. Returns
 * the note. Throws DomainError 'notEnrolled' ('programmeId') and 'invalidDates' ('occurredAt').
 */
export function createDraft(
  db: Database,
  input: Readonly<{
    participantId: number;
    programmeId: number;
    occurredAt: string;
    kind: NoteKind;
    body: string;
  }>,
  now: Date,
): SessionNote {
  if (!isEnrolled(db, input.participantId, input.programmeId))
    throw new DomainError('notEnrolled', 'programmeId');
  const at = now.toISOString();
  // One instant form (UTC ISO), so the timeline and last contact order by time, not by text.
  const occurredAt = storedInstant(input.occurredAt, 'occurredAt');
  return db.transaction(() => {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO notes (participant_id, programme_id, occurred_at, kind, body, status, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'draft', ?, ?)`,
      )
      .run([
        input.participantId,
        input.programmeId,
        occurredAt,
        input.kind,
        normalizeFreeText(input.body),
        at,
        at,
      ]);
    touchLastContact(db, input.participantId, occurredAt);
    return getSessionNote(db, lastInsertRowid);
  });
}

/** Autosave: replaces a draft's text (and optionally kind and time). A locked note is refused. */
export function saveDraft(
  db: Database,
  input: Readonly<{
    id: number;
    body: string;
    kind?: NoteKind | undefined;
    occurredAt?: string | undefined;
  }>,
  now: Date,
): Readonly<{ id: number; updatedAt: string }> {
  const occurredAt = input.occurredAt ? storedInstant(input.occurredAt, 'occurredAt') : null;
  return db.transaction(() => {
    const note = noteRow(db, input.id);
    if (note.status === 'locked') throw new DomainError('noteLocked');
    const at = now.toISOString();
    db.prepare(
      `UPDATE notes SET body = ?, kind = coalesce(?, kind), occurred_at = coalesce(?, occurred_at), updated_at = ?
       WHERE id = ? AND status = 'draft'`,
    ).run([normalizeFreeText(input.body), input.kind ?? null, occurredAt, at, input.id]);
    if (occurredAt) touchLastContact(db, note.participantId, occurredAt);
    return { id: input.id, updatedAt: at };
  });
}

/**
 * Locks a note: from now on it cannot change, only addenda follow (`now`, ISO UTC, its locking
 * instant). Returns the locked note. Throws DomainError notFound('note') and 'noteLocked' when it
 * is locked already.
 */
export function lockNote(db: Database, id: number, now: Date): SessionNote {
  return db.transaction(() => {
    const note = noteRow(db, id);
    if (note.status === 'locked') throw new DomainError('noteLocked');
    db.prepare(
      "UPDATE notes SET status = 'locked', locked_at = ?, updated_at = ? WHERE id = ?",
    ).run([now.toISOString(), now.toISOString(), id]);
    return getSessionNote(db, id);
  });
}

/**
 * Deletes a draft. A locked note is part of the record and only retention removes it. Throws
 * DomainError notFound('note') and 'noteLocked' for a locked note.
 */
export function discardDraft(db: Database, id: number): void {
  const note = noteRow(db, id);
  if (note.status === 'locked') throw new DomainError('noteLocked');
  db.prepare("DELETE FROM notes WHERE id = ? AND status = 'draft'").run([id]);
}

/**
 * Adds an addendum to a locked note, optionally naming `requestId`: an open correction request
 * of the note's participant (art. 16).
 * @throws DomainError noteLocked (the note is a draft), notFound('note' | 'request').
 */
export function addAddendum(
  db: Database,
  noteId: number,
  body: string,
  now: Date,
  requestId: number | null = null,
): Addendum {
  const note = noteRow(db, noteId);
  if (note.status !== 'locked') throw new DomainError('noteLocked', 'status');
  if (
    requestId !== null &&
    !db
      .prepare(
        `SELECT 1 AS x FROM requests WHERE id = ? AND participant_id = ? AND kind = 'rectification'
           AND status IN ('open', 'inProgress')`,
      )
      .get([requestId, note.participantId])
  )
    throw notFound('request');
  const at = now.toISOString();
  const stored = normalizeFreeText(body);
  const { lastInsertRowid } = db
    .prepare('INSERT INTO note_addenda (note_id, body, created_at, request_id) VALUES (?, ?, ?, ?)')
    .run([noteId, stored, at, requestId]);
  return { id: lastInsertRowid, body: stored, createdAt: at, requestId };
}

/** One note with its addenda (oldest first). Throws DomainError notFound('note'). */
export function getSessionNote(db: Database, id: number): SessionNote {
  const note = noteRow(db, id);
  return { ...note, addenda: addendaFor(db, [id]).get(id) ?? [] };
}

/** A participant's notes, newest first, paged by (occurredAt, id). */
export function listParticipantNotes(
  db: Database,
  participantId: number,
  page: Readonly<{
    limit: number;
    before?: Readonly<{ occurredAt: string; id: number }> | undefined;
  }>,
): Readonly<{ notes: SessionNote[]; next: { occurredAt: string; id: number } | null }> {
  const rows = db
    .prepare(
      `${SELECT} WHERE participant_id = $participant AND ($at IS NULL OR (occurred_at, id) < ($at, $id))
       ORDER BY occurred_at DESC, id DESC LIMIT $limit`,
    )
    .all<NoteRow>({
      participant: participantId,
      at: page.before ? cursorInstant(page.before.occurredAt) : null,
      id: page.before?.id ?? 0,
      limit: page.limit + 1,
    });
  const more = rows.length > page.limit;
  const pageRows = rows.slice(0, page.limit);
  const addenda = addendaFor(
    db,
    pageRows.map((r) => r.id),
  );
  const notes = pageRows.map((r) => ({ ...r, addenda: addenda.get(r.id) ?? [] }));
  const last = notes.at(-1);
  return { notes, next: more && last ? { occurredAt: last.occurredAt, id: last.id } : null };
}

/** A cursor's instant in the stored form; an unreadable one is left as it is (matches nothing). */
function cursorInstant(occurredAt: string): string {
  const t = new Date(occurredAt);
  return Number.isNaN(t.getTime()) ? occurredAt : t.toISOString();
}

function noteRow(db: Database, id: number): NoteRow {
  const row = db
    .prepare(`${SELECT} WHERE id = ? AND participant_id IS NOT NULL`)
    .get<NoteRow>([id]);
  if (!row) throw notFound('note');
  return row;
}

function addendaFor(db: Database, noteIds: number[]): Map<number, Addendum[]> {
  const map = new Map<number, Addendum[]>();
  if (noteIds.length === 0) return map;
  const rows = db
    .prepare(
      `SELECT id, note_id AS noteId, body, created_at AS createdAt, request_id AS requestId
       FROM note_addenda WHERE note_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, id`,
    )
    .all<{ id: number; noteId: number; body: string; createdAt: string; requestId: number | null }>(
      [JSON.stringify(noteIds)],
    );
  for (const { noteId, ...a } of rows) map.set(noteId, [...(map.get(noteId) ?? []), a]);
  return map;
}

/**
 * last_contact_at only moves forward: an old note typed today does not make contact recent.
 * Both sides are UTC ISO (storedInstant), so `<` compares instants.
 */
function touchLastContact(db: Database, participantId: number, occurredAt: string): void {
  db.prepare(
    `UPDATE participants SET last_contact_at = $at
     WHERE id = $id AND (last_contact_at IS NULL OR last_contact_at < $at)`,
  ).run({ at: occurredAt, id: participantId });
}

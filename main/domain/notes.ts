// Notes (walking-skeleton shape): plain text bodies, newest first, paged by id.
import type { Database } from '../vault/database';

export type Note = Readonly<{ id: number; body: string; createdAt: string; updatedAt: string }>;

type NoteRow = { id: number; body: string; created_at: string; updated_at: string };

export function createNote(db: Database, body: string, now: Date): Note {
  const at = now.toISOString();
  const { lastInsertRowid } = db
    .prepare('INSERT INTO notes (body, created_at, updated_at) VALUES (?, ?, ?)')
    .run([body, at, at]);
  return { id: lastInsertRowid, body, createdAt: at, updatedAt: at };
}

/** One page of notes, newest first; pass the last id seen as `before` for the next page. */
export function listNotes(
  db: Database,
  page: Readonly<{ limit: number; before?: number | undefined }>,
): { notes: Note[]; nextBefore: number | null } {
  const rows = db
    .prepare(
      'SELECT id, body, created_at, updated_at FROM notes WHERE id < ? ORDER BY id DESC LIMIT ?',
    )
    .all<NoteRow>([page.before ?? Number.MAX_SAFE_INTEGER, page.limit + 1]);
  const more = rows.length > page.limit;
  const notes = rows.slice(0, page.limit).map((r) => ({
    id: r.id,
    body: r.body,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
  return { notes, nextBefore: more ? notes[notes.length - 1]!.id : null };
}

export function countNotes(db: Database): number {
  return Number(db.prepare('SELECT count(*) AS n FROM notes').get()?.n ?? 0);
}

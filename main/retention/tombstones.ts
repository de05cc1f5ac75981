// Tombstones: what one purge removed, named only by random references, and the one function that
// removes it. A purge builds its tombstone and applies it in its transaction, and the shredding
// ledger (shred-ledger.ts) applies the same tombstone to an older copy of the vault put back, so
// the first purge and its re-application can never differ.
//
// References (never a name, a national ID or content):
// - a person: their `audit_ref`, a random UUID made when they were created (participants.ts);
// - a programme: its row id with its `created_at` (programmes are never deleted, only closed,
//   but two copies that went their own way may each have made a programme with the same id);
// - a profile category a rule empties: its name, with its person's `audit_ref` (one profile a
//   person, and a copy can only hold an older state of it);
// - a row the category rules remove: its table, row id and own stamp (created_at, or the day it
//   was given or enrolled), with its person's `audit_ref`, so a row id reused later, for someone
//   else or for the same person in a copy that went its own way, is never touched.
import { z } from 'zod';
import type { Database } from '../vault/database';
import { clearProfileCategories } from '../domain/profile';
import { PROFILE_CATEGORIES } from '../domain/profile-vocabulary';

const Ref = z.uuid();
/** A row named by its id and its own stamp (see ROW_STAMP). */
const Row = z.tuple([z.number().int().positive(), z.string().min(1).max(40)]);
const Rows = z.array(Row).max(100_000);

/** The tables a category rule removes rows from (addenda, contents and search rows follow). */
export const TOMBSTONE_TABLES = [
  'notes',
  'assessments',
  'documents',
  'consents',
  'enrolments',
] as const;
export type TombstoneTable = (typeof TOMBSTONE_TABLES)[number];

/** Each table's column that, with the row id, names a row for good. */
export const ROW_STAMP: Readonly<Record<TombstoneTable, string>> = {
  notes: 'created_at',
  assessments: 'created_at',
  documents: 'created_at',
  consents: 'given_on',
  enrolments: 'enrolled_on',
};

export const Tombstone = z.discriminatedUnion('kind', [
  /** A close-out: the programme's rows, its people enrolled nowhere else, and its status. */
  z.strictObject({
    kind: z.literal('programme'),
    programmeId: z.number().int().positive(),
    programmeCreatedAt: z.string().min(1).max(40),
    people: z.array(Ref).max(100_000),
  }),
  /** Whole people: an erasure, or a rule that left nothing of the person. */
  z.strictObject({ kind: z.literal('people'), people: z.array(Ref).min(1).max(100_000) }),
  /** One rule's rows of one person. */
  z.strictObject({
    kind: z.literal('rows'),
    person: Ref,
    /**
     * Also everything about the person beyond what a kept agreement needs (an erasure on request
     * that keeps one): contact details and last contact cleared, disclosures and the trail of
     * corrections deleted. Name and national ID stay: the agreement names its party.
     */
    contact: z.literal(true).optional(),
    rows: z.strictObject({
      notes: Rows,
      assessments: Rows,
      documents: Rows,
      consents: Rows,
      enrolments: Rows,
      /** Profile categories emptied (the person's one profile: no row ids); absent before 19. */
      profile: z.array(z.enum(PROFILE_CATEGORIES)).max(PROFILE_CATEGORIES.length).optional(),
    }),
  }),
]);
export type Tombstone = z.infer<typeof Tombstone>;

/** The random references (`audit_ref`) of these participants, in the order given. */
export function personRefs(db: Database, ids: readonly number[]): string[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      'SELECT id, audit_ref AS ref FROM participants WHERE id IN (SELECT value FROM json_each(?))',
    )
    .all<{ id: number; ref: string }>([JSON.stringify(ids)]);
  const byId = new Map(rows.map((r) => [r.id, r.ref]));
  return ids.map((id) => byId.get(id)).filter((r): r is string => r !== undefined);
}

/**
 * Removes what `t` names; rows already gone are simply not there (applying a tombstone twice
 * changes nothing the second time). Call inside a transaction. `at` (ISO UTC) is the closed
 * programme's `updated_at`. Returns how many people it removed.
 */
export function applyTombstone(db: Database, t: Tombstone, at: string): number {
  if (t.kind === 'rows') {
    const person = db
      .prepare('SELECT id FROM participants WHERE audit_ref = ?')
      .get<{ id: number }>([t.person]);
    if (!person) return 0;
    for (const table of TOMBSTONE_TABLES) {
      const rows = t.rows[table];
      if (rows.length === 0) continue;
      // Addenda, document contents and search entries go with their rows (cascades, triggers).
      db.prepare(
        `DELETE FROM ${table} WHERE participant_id = ? AND (id, ${ROW_STAMP[table]}) IN
           (SELECT value ->> 0, value ->> 1 FROM json_each(?))`,
      ).run([person.id, JSON.stringify(rows)]);
    }
    if (t.rows.profile) clearProfileCategories(db, person.id, t.rows.profile);
    if (t.contact) {
      db.prepare(
        "UPDATE participants SET email = '', phone = NULL, address = NULL, last_contact_at = NULL WHERE id = ?",
      ).run([person.id]);
      db.prepare('DELETE FROM disclosures WHERE participant_id = ?').run([person.id]);
      db.prepare('DELETE FROM corrections WHERE participant_id = ?').run([person.id]);
    }
    // Otherwise last_contact_at stays: it is when the other rules count from.
    return 0;
  }
  const ids = idsOf(db, t.people);
  if (t.kind === 'people') {
    deleteParticipants(db, ids);
    return ids.length;
  }
  // Only the programme this tombstone names: same id and made at the same instant.
  const same = db
    .prepare('SELECT 1 AS x FROM programmes WHERE id = ? AND created_at = ?')
    .get([t.programmeId, t.programmeCreatedAt]);
  if (!same) {
    deleteParticipants(db, ids);
    return ids.length;
  }
  const p = { programme: t.programmeId };
  const enrolled = db
    .prepare('SELECT participant_id AS id FROM enrolments WHERE programme_id = $programme')
    .all<{ id: number }>(p)
    .map((r) => r.id);
  db.prepare('DELETE FROM notes WHERE programme_id = $programme').run(p);
  db.prepare('DELETE FROM assessments WHERE programme_id = $programme').run(p);
  db.prepare('DELETE FROM documents WHERE programme_id = $programme').run(p);
  db.prepare('DELETE FROM enrolments WHERE programme_id = $programme').run(p);
  deleteParticipants(db, ids);
  const gone = new Set(ids);
  for (const id of enrolled) if (!gone.has(id)) recomputeLastContact(db, id);
  db.prepare("UPDATE programmes SET status = 'closed', updated_at = ? WHERE id = ?").run([
    at,
    t.programmeId,
  ]);
  db.prepare('DELETE FROM retention_postponements WHERE item_key = ?').run([
    `programmeEnd:programme:${t.programmeId}`,
  ]);
  return ids.length;
}

/** The stamps of rows by id, for a 'rows' tombstone ([id, stamp] in the order given). */
export function rowStamps(
  db: Database,
  table: TombstoneTable,
  ids: readonly number[],
): [number, string][] {
  if (ids.length === 0) return [];
  return db
    .prepare(
      `SELECT id, ${ROW_STAMP[table]} AS stamp FROM ${table} WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    )
    .all<{ id: number; stamp: string }>([JSON.stringify(ids)])
    .map((r) => [r.id, r.stamp]);
}

/** The created_at of a programme (with its id, what a 'programme' tombstone names). */
export function programmeCreatedAt(db: Database, programmeId: number): string {
  return (
    db
      .prepare('SELECT created_at AS at FROM programmes WHERE id = ?')
      .get<{ at: string }>([programmeId])?.at ?? ''
  );
}

/** Stores the record's tombstone beside it (same transaction as the record). */
export function writeTombstone(db: Database, recordId: number, t: Tombstone): void {
  db.prepare('INSERT INTO shred_tombstones (record_id, tombstone) VALUES (?, ?)').run([
    recordId,
    JSON.stringify(Tombstone.parse(t)),
  ]);
}

/** The tombstone stored with record `recordId`, or null (a record from before tombstones). */
export function readTombstone(db: Database, recordId: number): Tombstone | null {
  const row = db
    .prepare('SELECT tombstone FROM shred_tombstones WHERE record_id = ?')
    .get<{ tombstone: string }>([recordId]);
  return row ? Tombstone.parse(JSON.parse(row.tombstone)) : null;
}

function idsOf(db: Database, refs: readonly string[]): number[] {
  if (refs.length === 0) return [];
  return db
    .prepare(
      'SELECT id FROM participants WHERE audit_ref IN (SELECT value FROM json_each(?)) ORDER BY id',
    )
    .all<{ id: number }>([JSON.stringify(refs)])
    .map((r) => r.id);
}

/** Whole people: their audit entries, then the rows (cascades remove everything they hold). */
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

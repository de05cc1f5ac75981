// Migration 16: notes with no participant (the skeleton's, and `seed --notes` before issue 14)
// are deleted with their addenda and search rows; notes with a participant, their addenda and
// search rows stay byte for byte; the notes' hot queries use their indexes (the timeline's
// whole ORDER BY now); and a note without a participant or a programme is refused from then on.
import { describe, expect, it } from 'vitest';
import { seedCpr } from '../../../main/cli/seed-caseload';
import { enrol } from '../../../main/domain/enrolments';
import { createParticipant } from '../../../main/domain/participants';
import { createProgramme } from '../../../main/domain/programmes';
import {
  addAddendum,
  createDraft,
  listParticipantNotes,
  lockNote,
} from '../../../main/domain/session-notes';
import type { Database } from '../../../main/vault/database';
import { migrate } from '../../../main/vault/migrate';
import { migrations } from '../../../main/vault/migrations';
import { useMigrationDb } from '../../support/migration-db';

const AT = new Date('2026-03-02T09:00:00Z');
const ISO = AT.toISOString();

describe('migration 016 ownerless notes', () => {
  let db: Database;
  useMigrationDb((opened) => (db = opened));

  /** Owned notes through the domain at version 15: two people, a locked note with an addendum. */
  function ownedNotes() {
    const programme = createProgramme(
      db,
      {
        name: 'Forløb Alfa',
        funder: 'Jobcenter Aarhus',
        country: 'DK',
        startsOn: '2026-01-05',
        endsOn: '2026-12-18',
      },
      AT,
    ).id;
    const people = [0, 1].map((i) => {
      const { participant } = createParticipant(
        db,
        {
          givenName: `Åse${i}`,
          familyName: 'Berg',
          nationalId: { country: 'DK', value: seedCpr(i) },
          email: `aase${i}@example.dk`,
        },
        AT,
      );
      enrol(db, participant.id, programme, '2026-01-05');
      return participant.id;
    });
    const note = (participantId: number, body: string) =>
      createDraft(
        db,
        { participantId, programmeId: programme, occurredAt: ISO, kind: 'meeting', body },
        AT,
      ).id;
    const locked = note(people[0]!, 'Samtale KEPTLOCKEDmk om lagerjob');
    lockNote(db, locked, AT);
    addAddendum(db, locked, 'Tilføjelse KEPTADDENDUMmk', AT);
    note(people[0]!, 'Udkast KEPTDRAFTmk om ansøgninger');
    note(people[1]!, 'Samtale KEPTOTHERmk om praktik');
    return { programme, people };
  }

  /** Ownerless rows as the skeleton and `seed --notes` wrote them, one with only a programme. */
  function ownerlessNotes(participant: number, programme: number) {
    const insert = db.prepare(
      `INSERT INTO notes (body, created_at, updated_at, participant_id, programme_id, occurred_at, status)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    insert.run(['Skelet GONESKELETONmk', ISO, ISO, null, null, ISO, 'draft']);
    insert.run(['Seed GONESEEDmk', ISO, ISO, null, null, ISO, 'draft']);
    // Kept: it shows in the person's timeline and goes with the person's erasure.
    insert.run(['Uden forløb KEPTNOPROGRAMMEmk', ISO, ISO, participant, null, ISO, 'draft']);
    insert.run(['Uden person GONENOPERSONmk', ISO, ISO, null, programme, ISO, 'draft']);
    const { lastInsertRowid } = insert.run([
      'Låst uden ejer GONELOCKEDmk',
      ISO,
      ISO,
      null,
      null,
      ISO,
      'locked',
    ]);
    db.prepare('INSERT INTO note_addenda (note_id, body, created_at) VALUES (?, ?, ?)').run([
      lastInsertRowid,
      'Tilføjelse GONEADDENDUMmk',
      ISO,
    ]);
  }

  const search = (word: string) =>
    db
      .prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid')
      .all<{ rowid: number }>([word])
      .map((r) => r.rowid);
  const ids = (sql: string) =>
    db
      .prepare(sql)
      .all<{ id: number }>()
      .map((r) => r.id);

  it('deletes notes with no participant, their addenda and search rows; the rest stay as they were', () => {
    migrate(db, migrations, 15);
    const { programme, people } = ownedNotes();
    ownerlessNotes(people[0]!, programme);
    const owned = {
      notes: db.prepare('SELECT * FROM notes WHERE participant_id IS NOT NULL ORDER BY id').all(),
      addenda: db
        .prepare(
          'SELECT * FROM note_addenda WHERE note_id IN (SELECT id FROM notes WHERE participant_id IS NOT NULL) ORDER BY id',
        )
        .all(),
      timelines: people.map((p) => listParticipantNotes(db, p, { limit: 50 })),
    };
    expect(owned.notes).toHaveLength(4);
    expect(db.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 8 });
    // The positive control: the search finds every ownerless marker before the step.
    for (const gone of [
      'GONESKELETONmk',
      'GONESEEDmk',
      'GONENOPERSONmk',
      'GONELOCKEDmk',
      'GONEADDENDUMmk',
    ])
      expect(search(gone), gone).toHaveLength(1);

    expect(migrate(db, migrations, 16)).toBe(16);

    expect(db.prepare('SELECT * FROM notes ORDER BY id').all()).toEqual(owned.notes);
    expect(db.prepare('SELECT * FROM note_addenda ORDER BY id').all()).toEqual(owned.addenda);
    expect(people.map((p) => listParticipantNotes(db, p, { limit: 50 }))).toEqual(owned.timelines);
    for (const gone of [
      'GONESKELETONmk',
      'GONESEEDmk',
      'GONENOPERSONmk',
      'GONELOCKEDmk',
      'GONEADDENDUMmk',
    ])
      expect(search(gone), gone).toEqual([]);
    for (const kept of [
      'KEPTLOCKEDmk',
      'KEPTDRAFTmk',
      'KEPTOTHERmk',
      'KEPTADDENDUMmk',
      'KEPTNOPROGRAMMEmk',
    ])
      expect(search(kept), kept).toHaveLength(1);
    // The index holds exactly one row per note and per addendum, and FTS5 finds it sound.
    expect(ids('SELECT rowid AS id FROM search_index WHERE rowid % 8 = 1 ORDER BY rowid')).toEqual(
      ids('SELECT id * 8 + 1 AS id FROM notes ORDER BY id'),
    );
    expect(ids('SELECT rowid AS id FROM search_index WHERE rowid % 8 = 2 ORDER BY rowid')).toEqual(
      ids('SELECT id * 8 + 2 AS id FROM note_addenda ORDER BY id'),
    );
    db.exec("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)");
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });

  it('refuses a note without a participant or a programme from then on; the domain still writes', () => {
    migrate(db, migrations, 15);
    const { programme, people } = ownedNotes();
    migrate(db, migrations, 16);
    const insert = (participant: number | null, programmeId: number | null) =>
      db
        .prepare(
          'INSERT INTO notes (body, created_at, updated_at, participant_id, programme_id) VALUES (?, ?, ?, ?, ?)',
        )
        .run(['Ny', ISO, ISO, participant, programmeId]);
    expect(() => insert(null, null)).toThrow(/belongs to a participant and a programme/);
    expect(() => insert(people[0]!, null)).toThrow(/belongs to a participant and a programme/);
    expect(() => insert(null, programme)).toThrow(/belongs to a participant and a programme/);
    const draft = ids("SELECT id FROM notes WHERE status = 'draft' LIMIT 1")[0]!;
    expect(() =>
      db.prepare('UPDATE notes SET participant_id = NULL WHERE id = ?').run([draft]),
    ).toThrow(/belongs to a participant and a programme/);
    const written = createDraft(
      db,
      {
        participantId: people[1]!,
        programmeId: programme,
        occurredAt: ISO,
        kind: 'phone',
        body: 'Opkald NEWmk',
      },
      AT,
    );
    expect(search('NEWmk')).toEqual([written.id * 8 + 1]);
  });

  it('a vault with no ownerless notes keeps every row and its search index as it was', () => {
    migrate(db, migrations, 15);
    ownedNotes();
    const before = {
      notes: db.prepare('SELECT * FROM notes ORDER BY id').all(),
      index: db.prepare('SELECT rowid, * FROM search_index ORDER BY rowid').all(),
    };
    migrate(db, migrations, 16);
    expect({
      notes: db.prepare('SELECT * FROM notes ORDER BY id').all(),
      index: db.prepare('SELECT rowid, * FROM search_index ORDER BY rowid').all(),
    }).toEqual(before);
  });

  it.each([
    [
      'a person’s notes, newest first',
      // listParticipantNotes' query, cursor and all.
      'SELECT id FROM notes WHERE participant_id = ? AND (? IS NULL OR (occurred_at, id) < (?, ?)) ORDER BY occurred_at DESC, id DESC LIMIT ?',
      'notes_by_participant',
    ],
    ['a programme’s notes', 'SELECT id FROM notes WHERE programme_id = ?', 'notes_by_programme'],
    ['a note’s addenda', 'SELECT id FROM note_addenda WHERE note_id = ?', 'addenda_by_note'],
  ])('16: %s uses its index', (_what, sql, index) => {
    migrate(db, migrations, 16);
    const detail = db
      .prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .all<{ detail: string }>(Array.from(sql.matchAll(/\?/g), () => 1))
      .map((r) => r.detail)
      .join(' | ');
    expect(detail).toContain(index);
    expect(detail).not.toMatch(/USE TEMP B-TREE/);
    expect(detail).not.toMatch(/^SCAN \w+$|\| SCAN \w+( |$)/);
  });
});

// Migration 17: search_index rebuilt with prefix indexes for 1–3 characters. Every row of the
// index comes across with its text, folded names and participant; the triggers that keep it are
// the same SQL as before and still write to it (a new note, an edited name, an erased person);
// a short prefix finds the same rows as before, now from the prefix index; the option is stored.
import { describe, expect, it } from 'vitest';
import { seedCpr } from '../../../main/cli/seed-caseload';
import { enrol } from '../../../main/domain/enrolments';
import { expandedPrefixMatch } from '../../../main/domain/fts-expand';
import { createParticipant } from '../../../main/domain/participants';
import { createProgramme } from '../../../main/domain/programmes';
import { search } from '../../../main/domain/search';
import { addAddendum, createDraft, lockNote } from '../../../main/domain/session-notes';
import type { Database } from '../../../main/vault/database';
import { migrate } from '../../../main/vault/migrate';
import { migrations } from '../../../main/vault/migrations';
import { useMigrationDb } from '../../support/migration-db';

const AT = new Date('2026-03-02T09:00:00Z');
const ISO = AT.toISOString();

describe('migration 017 search prefix index', () => {
  let db: Database;
  useMigrationDb((opened) => (db = opened));

  const indexRows = () =>
    db
      .prepare('SELECT rowid, text, folded, participant_id AS p FROM search_index ORDER BY rowid')
      .all();
  const triggerSql = () =>
    db
      .prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE '%search_index%' ORDER BY name",
      )
      .all();
  const matches = (match: string) =>
    db
      .prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid')
      .all<{ rowid: number }>([match])
      .map((r) => r.rowid);

  /** A small caseload at version 16: two people, notes, an addendum. */
  function caseload() {
    const programme = createProgramme(
      db,
      {
        name: 'Jobsøgning forår',
        funder: 'Jobcenter Aarhus',
        country: 'DK',
        startsOn: '2026-01-05',
        endsOn: '2026-12-18',
      },
      AT,
    ).id;
    const people = ['Ødegård', 'Sørensen'].map((familyName, i) => {
      const { participant } = createParticipant(
        db,
        {
          givenName: 'Åse',
          familyName,
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
    const locked = note(people[0]!, 'Samtale om lagerjob og økonomi');
    lockNote(db, locked, AT);
    addAddendum(db, locked, 'Tilføjelse: søger også praktik', AT);
    note(people[1]!, 'Ansøgninger sendt; samarbejde med jobcentret');
    return { programme, people, note };
  }

  it('carries every row and trigger across, and short prefixes find what they found before', () => {
    migrate(db, migrations, 16);
    caseload();
    const before = indexRows();
    const triggers = triggerSql();
    const queries = ['s', 'sa', 'sam', 'ø', 'øk', 'å', 'åse', 'søg', 'ansø'];
    const found = queries.map((q) => matches(expandedPrefixMatch(db, q, 'text')!));
    migrate(db, migrations, 17);
    expect(db.pragmaValue('user_version')).toBe(17);
    expect(indexRows()).toEqual(before);
    expect(triggerSql()).toEqual(triggers);
    const schema = db
      .prepare("SELECT sql FROM sqlite_schema WHERE name = 'search_index'")
      .get<{ sql: string }>()!.sql;
    expect(schema).toContain("prefix = '1 2 3'");
    expect(queries.map((q) => matches(expandedPrefixMatch(db, q, 'text')!))).toEqual(found);
    // No table of the old index is left behind.
    expect(
      db.prepare("SELECT name FROM sqlite_schema WHERE name LIKE 'search_index_017%'").all(),
    ).toEqual([]);
    expect(db.pragmaRows('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  });

  it('the triggers still keep the index: a new note, a renamed person, a deleted note', () => {
    migrate(db, migrations, 16);
    const { people, note } = caseload();
    migrate(db, migrations, 17);
    const id = note(people[1]!, 'Kørekort bestilt');
    expect(matches('{text} : ("kø"*)')).toEqual([id * 8 + 1]);
    db.prepare("UPDATE participants SET family_name = 'Kjærgaard' WHERE id = ?").run([people[1]!]);
    expect(matches('{text} : ("kj"*)')).toEqual([people[1]! * 8 + 3]);
    db.prepare('DELETE FROM notes WHERE id = ?').run([id]);
    expect(matches('{text} : ("kø"*)')).toEqual([]);
    expect(search(db, 'øk', 10).map((h) => h.source)).toEqual(['note']);
  });
});

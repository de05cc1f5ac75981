// Migration 13: rows written before the text boundary get its stored form: NFC names without
// format characters, a Nordic sort key used from an index, folded search words, note times as
// UTC instants with last contact recomputed, a rebuilt index, and locked notes still locked.
import { describe, expect, it } from 'vitest';
import { listCaseload } from '../../../main/domain/caseload';
import { search } from '../../../main/domain/search';
import type { Database } from '../../../main/vault/database';
import { migrate, schemaVersion } from '../../../main/vault/migrate';
import { migrations } from '../../../main/vault/migrations';
import { insertOldParticipant } from '../../support/participant-before-13';
import { useMigrationDb } from '../../support/migration-db';

describe('migration 013 text-boundary', () => {
  let db: Database;
  useMigrationDb((opened) => (db = opened));

  it('normalises names, notes and file names, sorts and finds people, and orders times as time', () => {
    migrate(db, migrations, 12);
    const run = (sql: string, params: unknown[] = []) =>
      db.prepare(sql).run(params as never).lastInsertRowid;
    const programme = run(
      `INSERT INTO programmes (name, funder, country, starts_on, ends_on, created_at, updated_at)
       VALUES ('Forløb\u00a0Nord', 'Jobcenter', 'DK', '2025-09-01', '2025-12-31', '2025-09-01T00:00:00Z', '2025-09-01T00:00:00Z')`,
    );
    const people = [
      ['A\u030Ase', 'Ha\u030Akonsen'],
      ['Ida', 'Ny\u00ADgård'],
      ['Bo', 'Berg\u200Bstrøm'],
      ['Per', 'Østergaard'],
      ['Kim', 'Aagaard'],
      ['Eva', 'Æbelø'],
      ['Søren', 'Sørensen'],
      ['Anna', 'zahle'],
    ].map(([givenName, familyName]) => {
      const id = insertOldParticipant(db, { givenName: givenName!, familyName: familyName! });
      run(
        "INSERT INTO enrolments (participant_id, programme_id, enrolled_on) VALUES (?, ?, '2025-09-01')",
        [id, programme],
      );
      return id;
    });
    const ase = people[0]!;
    // The night clocks go back: written with three offsets, last contact the text maximum.
    const note = (at: string, status: string) =>
      run(
        `INSERT INTO notes (participant_id, programme_id, occurred_at, kind, body, status, created_at, updated_at)
         VALUES (?, ?, ?, 'meeting', 'Samtale om ansøgning', ?, '2025-10-26T03:00:00Z', '2025-10-26T03:00:00Z')`,
        [ase, programme, at, status],
      );
    const n1 = note('2025-10-26T02:30:00+02:00', 'locked');
    const n2 = note('2025-10-26T02:10:00+01:00', 'draft');
    const n3 = note('2025-10-26T01:50:00Z', 'draft');
    run("UPDATE participants SET last_contact_at = '2025-10-26T02:30:00+02:00' WHERE id = ?", [
      ase,
    ]);
    run(
      "INSERT INTO note_addenda (note_id, body, created_at) VALUES (?, 'Tilføjet: ha\u030Aber', '2025-10-27T00:00:00Z')",
      [n1],
    );
    const doc = run(
      `INSERT INTO documents (participant_id, kind, file_name, mime_type, size, sha256, created_at)
       VALUES (?, 'cv', 'CV_Ole_Hansen\u202Efdp.exe', 'application/pdf', 1, 'x', '2025-10-01T00:00:00Z')`,
      [ase],
    );

    expect(migrate(db, migrations, 13)).toBe(13);
    expect(schemaVersion(db)).toBe(13);

    const person = db
      .prepare(
        'SELECT given_name AS g, family_name AS f, last_contact_at AS last FROM participants WHERE id = ?',
      )
      .get([ase]);
    expect(person).toEqual({ g: 'Åse', f: 'Håkonsen', last: '2025-10-26T01:50:00.000Z' });
    expect(
      db.prepare('SELECT family_name AS f FROM participants WHERE id = ?').get([people[1]!]),
    ).toEqual({ f: 'Nygård' });
    expect(
      db.prepare('SELECT id, occurred_at AS at FROM notes ORDER BY occurred_at DESC, id').all(),
    ).toEqual([
      { id: n3, at: '2025-10-26T01:50:00.000Z' },
      { id: n2, at: '2025-10-26T01:10:00.000Z' },
      { id: n1, at: '2025-10-26T00:30:00.000Z' },
    ]);
    expect(db.prepare('SELECT body FROM note_addenda').get()).toEqual({
      body: 'Tilføjet: håber',
    });
    expect(db.prepare('SELECT file_name AS f FROM documents WHERE id = ?').get([doc])).toEqual({
      f: 'CV_Ole_Hansenfdp.exe',
    });
    expect(db.prepare('SELECT name FROM programmes').get()).toEqual({ name: 'Forløb Nord' });
    // Locked notes and addenda are read-only again.
    expect(() => run("UPDATE notes SET body = 'x' WHERE id = ?", [n1])).toThrow(/locked/);
    expect(() => run("UPDATE note_addenda SET body = 'x'")).toThrow(/read-only/);

    const found = (q: string) => search(db, q, 10).map((h) => h.participantId);
    expect(found('Åse')).toEqual([ase]);
    expect(found('Håkonsen')).toEqual([ase]);
    expect(found('Nygård')).toEqual([people[1]]);
    expect(found('Bergstrøm')).toEqual([people[2]]);
    expect(found('sorensen')).toEqual([people[6]]);
    expect(search(db, 'håber', 10).map((h) => h.source)).toEqual(['addendum']);

    const order = listCaseload(db, { sort: 'name', offset: 0, limit: 20 }).rows.map(
      (r) => r.familyName,
    );
    expect(order).toEqual([
      'Bergstrøm',
      'Håkonsen',
      'Nygård',
      'Sørensen',
      'zahle',
      'Æbelø',
      'Østergaard',
      'Aagaard',
    ]);
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM participants ORDER BY sort_key, id LIMIT 50')
      .all<{ detail: string }>()
      .map((r) => r.detail)
      .join(' | ');
    expect(plan).toMatch(/participants_by_sort_key/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});

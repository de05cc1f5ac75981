// Migration 14: an enrolment keeps why it ended. Rows from before keep NULL; the reason is one
// of five; own words only with 'other', and bounded.
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../main/vault/database';
import { migrate } from '../../../main/vault/migrate';
import { migrations } from '../../../main/vault/migrations';
import { useMigrationDb } from '../../support/migration-db';

describe('migration 014 enrolment end reason', () => {
  let db: Database;
  useMigrationDb((opened) => (db = opened));

  it('keeps earlier enrolments as they were and takes a reason from the list only', () => {
    migrate(db, migrations, 13);
    db.exec(`
      INSERT INTO programmes (id, name, funder, country, starts_on, ends_on, created_at, updated_at)
        VALUES (1, 'Forløb', 'Jobcenter Aarhus', 'DK', '2026-01-01', '2026-06-30', 'x', 'x');
      INSERT INTO participants (id, given_name, family_name, national_id_kind, email, audit_ref, created_at, updated_at)
        VALUES (1, 'Åse', 'Øster', 'none', 'a@e.dk', 'ref-1', 'x', 'x'),
               (2, 'Ole', 'Berg', 'none', 'o@e.dk', 'ref-2', 'x', 'x');
      INSERT INTO enrolments (participant_id, programme_id, enrolled_on, ended_on, status)
        VALUES (1, 1, '2026-01-05', '2026-03-01', 'withdrawn'), (2, 1, '2026-01-05', NULL, 'active');
    `);
    const before = db.prepare('SELECT * FROM enrolments ORDER BY id').all();

    expect(migrate(db, migrations, 14)).toBe(14);
    expect(
      db
        .prepare(
          'SELECT id, participant_id, programme_id, enrolled_on, ended_on, status FROM enrolments ORDER BY id',
        )
        .all(),
    ).toEqual(before);
    expect(db.prepare('SELECT end_reason, end_reason_text FROM enrolments').all()).toEqual([
      { end_reason: null, end_reason_text: null },
      { end_reason: null, end_reason_text: null },
    ]);
    const set = (reason: string | null, text: string | null) =>
      db
        .prepare('UPDATE enrolments SET end_reason = ?, end_reason_text = ? WHERE id = 1')
        .run([reason, text]);
    for (const reason of ['job', 'education', 'sickness', 'moved']) set(reason, null);
    set('other', 'Startet egen virksomhed');
    expect(() => set('holiday', null)).toThrow(/CHECK/);
    expect(() => set('job', 'words only with other')).toThrow(/CHECK/);
    expect(() => set('other', '')).toThrow(/CHECK/);
    expect(() => set('other', 'x'.repeat(501))).toThrow(/CHECK/);
  });
});

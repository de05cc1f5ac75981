// Migration 18: results recorded before scales were asked keep their scores, in their order, as
// a list with no scale (null, never guessed); from now on the vault refuses any other shape.
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../main/vault/database';
import { migrate } from '../../../main/vault/migrate';
import { migrations } from '../../../main/vault/migrations';
import { listAssessments, knownInstruments } from '../../../main/domain/assessments';
import { useMigrationDb } from '../../support/migration-db';

describe('migration 018 assessment scales', () => {
  let db: Database;
  useMigrationDb((opened) => (db = opened));

  it('turns each stored score into a list entry without a scale, order and values kept', () => {
    migrate(db, migrations, 17);
    db.exec(`
      INSERT INTO participants (id, given_name, family_name, national_id_kind, email, audit_ref, created_at, updated_at)
        VALUES (1, 'Åse', 'Øster', 'none', 'a@e.dk', 'ref-1', 'x', 'x');
      INSERT INTO assessments (id, participant_id, provider, instrument, taken_on, scores, summary, created_at)
        VALUES (1, 1, 'MASTER Danmark', 'MPA', '2025-03-01', '{"Struktur":7,"Drivkraft":5.5,"Ærlighed":-1}', 'Stærk', 'x'),
               (2, 1, 'METIS', 'Interessetest', '2025-04-01', '{}', '', 'x');
    `);

    expect(migrate(db, migrations, 18)).toBe(18);
    expect(listAssessments(db, 1).map((a) => [a.id, a.scores, a.summary])).toEqual([
      [2, [], ''],
      [
        1,
        [
          { name: 'Struktur', value: 7, min: null, max: null },
          { name: 'Drivkraft', value: 5.5, min: null, max: null },
          { name: 'Ærlighed', value: -1, min: null, max: null },
        ],
        'Stærk',
      ],
    ]);
    // A result without scales offers none to the next one of the same test.
    expect(knownInstruments(db)).toEqual([]);
  });

  it('refuses the old shape and malformed lists from now on', () => {
    migrate(db, migrations, 18);
    db.exec(`INSERT INTO participants (id, given_name, family_name, national_id_kind, email, audit_ref, created_at, updated_at)
               VALUES (1, 'Åse', 'Øster', 'none', 'a@e.dk', 'ref-1', 'x', 'x')`);
    const insert = (scores: string) =>
      db
        .prepare(
          `INSERT INTO assessments (participant_id, provider, instrument, taken_on, scores, created_at)
             VALUES (1, 'P', 'I', '2026-01-01', ?, 'x')`,
        )
        .run([scores]);
    insert('[]');
    insert('[{"name":"A","value":7,"min":0,"max":10}]');
    insert('[{"name":"A","value":7,"min":null,"max":null}]');
    for (const bad of ['{"A":7}', '[7]', '[{"value":7}]', '[{"name":"A","value":"7"}]'])
      expect(() => insert(bad), bad).toThrow(/list of scores/);
    expect(() => db.prepare(`UPDATE assessments SET scores = '{"A":1}'`).run()).toThrow(
      /list of scores/,
    );
  });
});

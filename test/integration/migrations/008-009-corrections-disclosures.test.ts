// Migrations 8 and 9: the rectification trail and the disclosures, each built on the version
// before with a person in it: the step adds its table, checks its words, and its rows go with
// their person; the per-person queries use their indexes.
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../main/vault/database';
import { migrate, schemaVersion } from '../../../main/vault/migrate';
import { migrations } from '../../../main/vault/migrations';
import { insertOldParticipant } from '../../support/participant-before-13';
import { useMigrationDb } from '../../support/migration-db';

describe('migrations 008 corrections and 009 disclosures', () => {
  let db: Database;
  useMigrationDb((opened) => (db = opened));

  const person = () =>
    insertOldParticipant(db, { givenName: 'Åse', familyName: 'Berg', email: 'a@e.no' });
  const plan = (sql: string) =>
    db
      .prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .all<{ detail: string }>([1])
      .map((r) => r.detail)
      .join(' | ');

  it('8: one trail row per changed field; only a national ID keeps a (masked) old value; gone with the person', () => {
    migrate(db, migrations, 7);
    const p = person();
    expect(migrate(db, migrations, 8)).toBe(8);
    const insert = (field: string, oldMasked: string | null) =>
      db
        .prepare(
          "INSERT INTO corrections (participant_id, field, changed_at, changed_by, old_masked) VALUES (?, ?, '2026-11-22T10:00:00.000Z', 'KB', ?)",
        )
        .run([p, field, oldMasked]);
    insert('nationalId', '070761-••••');
    insert('email', null);
    expect(() => insert('email', 'old@e.no')).toThrow(/CHECK/);
    expect(() => insert('salary', null)).toThrow(/CHECK/);
    expect(plan('SELECT * FROM corrections WHERE participant_id = ? ORDER BY changed_at')).toMatch(
      /USING INDEX corrections_by_participant/,
    );
    db.prepare('DELETE FROM participants WHERE id = ?').run([p]);
    expect(db.prepare('SELECT count(*) AS n FROM corrections').get()).toEqual({ n: 0 });
  });

  it('9: disclosures need a recipient, a day and a legal basis; documents as JSON; gone with the person', () => {
    migrate(db, migrations, 8);
    const p = person();
    expect(migrate(db, migrations, 9)).toBe(9);
    expect(schemaVersion(db)).toBe(9);
    const insert = (recipient: string, sharedOn: string, basis: string, documents = '[]') =>
      db
        .prepare(
          "INSERT INTO disclosures (participant_id, recipient, shared_on, legal_basis, documents, created_by, created_at) VALUES (?, ?, ?, ?, ?, 'KB', '2026-11-22T10:00:00.000Z')",
        )
        .run([p, recipient, sharedOn, basis, documents]);
    insert('Bemanning AS', '2026-11-20', 'Samtykke', '[{"id":1,"fileName":"cv.pdf"}]');
    expect(() => insert('', '2026-11-20', 'Samtykke')).toThrow(/CHECK/);
    expect(() => insert('Bemanning AS', '20.11.2026', 'Samtykke')).toThrow(/CHECK/);
    expect(() => insert('Bemanning AS', '2026-11-20', '')).toThrow(/CHECK/);
    expect(() => insert('Bemanning AS', '2026-11-20', 'Samtykke', 'not json')).toThrow(/CHECK/);
    expect(plan('SELECT * FROM disclosures WHERE participant_id = ? ORDER BY shared_on')).toMatch(
      /USING INDEX disclosures_by_participant/,
    );
    db.prepare('DELETE FROM participants WHERE id = ?').run([p]);
    expect(db.prepare('SELECT count(*) AS n FROM disclosures').get()).toEqual({ n: 0 });
  });
});

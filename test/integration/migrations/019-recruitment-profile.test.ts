// Migration 19: the recruitment profile. Built at 18, a caseload and its presets come through
// unchanged but for the new categories, which each stored preset learns from its own rules for
// the person; the profile's CHECKs take the vocabularies' words only; the search index follows a
// profile's languages and qualifications; a person's profile and photo go with the person.
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../main/vault/database';
import { migrate } from '../../../main/vault/migrate';
import { migrations } from '../../../main/vault/migrations';
import {
  GENDERS,
  MARITAL_STATUSES,
  PROFILE_CATEGORIES,
} from '../../../main/domain/profile-vocabulary';
import { useMigrationDb } from '../../support/migration-db';

describe('migration 019 recruitment profile', () => {
  let db: Database;
  useMigrationDb((opened) => (db = opened));

  const before18 = () => {
    migrate(db, migrations, 18);
    db.exec(`
      INSERT INTO participants (id, given_name, family_name, national_id_kind, email, audit_ref, created_at, updated_at)
        VALUES (1, 'Åse', 'Øster', 'none', 'a@e.no', 'ref-1', 'x', 'x');
      INSERT INTO retention_presets (id, name, source, rules, updated_at) VALUES
        ('no-recruitment-guidance', 'N', 's', '[{"category":"sessionNotes","trigger":"lastContact","period":"P3Y","action":"prompt"},{"category":"participant","trigger":"lastContact","period":"P3Y","action":"prompt","basis":"ownChoice"}]', 'x'),
        ('own', 'Own', 's', '[{"category":"sessionNotes","trigger":"lastContact","period":"P1Y","action":"prompt"}]', 'x');
    `);
  };

  it('gives each stored preset the profile categories under its rules for the person', () => {
    before18();
    expect(migrate(db, migrations, 19)).toBe(19);
    const rules = (id: string) =>
      JSON.parse(
        db.prepare('SELECT rules FROM retention_presets WHERE id = ?').get<{ rules: string }>([id])!
          .rules,
      ) as { category: string; period: string; basis?: string }[];
    const norwegian = rules('no-recruitment-guidance');
    expect(norwegian.slice(0, 2).map((r) => r.category)).toEqual(['sessionNotes', 'participant']);
    expect(norwegian.slice(2)).toEqual(
      PROFILE_CATEGORIES.map((category) => ({
        category,
        trigger: 'lastContact',
        period: 'P3Y',
        action: 'prompt',
        basis: 'ownChoice',
      })),
    );
    // No rule for the person: nothing to follow, the preset stays as its owner wrote it.
    expect(rules('own')).toHaveLength(1);
    expect(db.prepare('SELECT given_name FROM participants').all()).toEqual([
      { given_name: 'Åse' },
    ]);
  });

  it('takes the vocabularies’ words only, a salary whole, and lists as JSON arrays', () => {
    before18();
    migrate(db, migrations, 19);
    const insert = (columns: string, values: string) =>
      db.exec(
        `INSERT OR REPLACE INTO profiles (participant_id, ${columns}, created_at, updated_at) VALUES (1, ${values}, 'x', 'x')`,
      );
    for (const s of MARITAL_STATUSES) insert('marital_status', `'${s}'`);
    for (const g of GENDERS) insert('gender', `'${g}'`);
    insert('salary_amount, salary_currency, salary_period', "650000, 'NOK', 'year'");
    insert('date_of_birth, languages', '\'1990-04-01\', \'["norsk","polsk"]\'');
    expect(() => insert('marital_status', "'engaged'")).toThrow(/CHECK/);
    expect(() => insert('gender', "'unknown'")).toThrow(/CHECK/);
    expect(() => insert('salary_amount', '650000')).toThrow(/CHECK/);
    expect(() =>
      insert('salary_amount, salary_currency, salary_period', "1, 'SEK', 'year'"),
    ).toThrow(/CHECK/);
    expect(() => insert('languages', "'norsk'")).toThrow(/CHECK|JSON/);
    expect(() => insert('date_of_birth', "'01.04.1990'")).toThrow(/CHECK/);
  });

  it('indexes languages and qualifications, follows their changes, and goes with the person', () => {
    before18();
    migrate(db, migrations, 19);
    const indexed = () =>
      db
        .prepare('SELECT rowid, text FROM search_index WHERE rowid % 8 = 5')
        .all<{ rowid: number; text: string }>();
    db.exec(`INSERT INTO profiles (participant_id, nationality, languages, qualifications, created_at, updated_at)
      VALUES (1, 'polsk', '["polsk","engelsk"]', '["fagbrev\u00ADtømrer"]', 'x', 'x')`);
    expect(indexed()).toEqual([{ rowid: 13, text: 'polsk engelsk fagbrevtømrer' }]);
    db.exec(`UPDATE profiles SET languages = '["tysk"]' WHERE participant_id = 1`);
    expect(indexed()).toEqual([{ rowid: 13, text: 'tysk fagbrevtømrer' }]);
    db.exec(`UPDATE profiles SET languages = '[]', qualifications = '[]' WHERE participant_id = 1`);
    expect(indexed()).toEqual([]);
    db.exec(`UPDATE profiles SET languages = '["fransk"]' WHERE participant_id = 1`);
    db.prepare(
      "INSERT INTO profile_photos (participant_id, mime_type, size, sha256, bytes, created_at) VALUES (1, 'image/png', 3, 'h', x'010203', 'x')",
    ).run();
    db.exec('DELETE FROM participants WHERE id = 1');
    expect(indexed()).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM profiles').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM profile_photos').get()).toEqual({ n: 0 });
  });
});

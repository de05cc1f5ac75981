// Migrations 2 (caseload) and 3 (retention) on data written the version before, and, on a vault
// at the latest schema, the query plans of the hot queries: each uses its index and neither
// scans the table nor sorts in a temporary B-tree (as Signal's migration tests check plans).
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../main/vault/database';
import { migrate } from '../../../main/vault/migrate';
import { migrations } from '../../../main/vault/migrations';
import { openSqlCipher } from '../../../main/vault/sqlcipher-driver';
import { useMigrationDb } from '../../support/migration-db';
import { removeDir, tempDir } from '../../support/temp-vault';

const AT = '2026-01-05T09:00:00.000Z';

describe('migrations 002 caseload and 003 retention', () => {
  let db: Database;
  useMigrationDb((opened) => (db = opened));

  it('2: a skeleton note is kept and searchable in the new index; the caseload tables hold their rules', () => {
    migrate(db, migrations, 1);
    db.prepare('INSERT INTO notes (body, created_at, updated_at) VALUES (?, ?, ?)').run([
      'Samtale om ansøgning til lagerjob',
      AT,
      AT,
    ]);
    expect(migrate(db, migrations, 2)).toBe(2);
    expect(db.prepare('SELECT body, participant_id FROM notes').get()).toEqual({
      body: 'Samtale om ansøgning til lagerjob',
      participant_id: null,
    });
    expect(
      db.prepare("SELECT rowid FROM search_index WHERE search_index MATCH 'ansøgning'").all(),
    ).toEqual([{ rowid: 1 * 8 + 1 }]);
    expect(
      db.prepare("SELECT length(value) AS n FROM meta WHERE key = 'nationalIdHashKey'").get(),
    ).toEqual({ n: 64 });
    const programme = () =>
      db.prepare(
        "INSERT INTO programmes (name, funder, country, starts_on, ends_on, created_at, updated_at) VALUES ('F', 'J', ?, '2026-01-01', ?, ?, ?)",
      ).run;
    expect(() => programme()(['SE', '2026-12-31', AT, AT])).toThrow(/CHECK/);
    expect(() => programme()(['DK', '2025-12-31', AT, AT])).toThrow(/CHECK/);
    programme()(['DK', '2026-12-31', AT, AT]);
    const person = (kind: string, id: string | null, ref: string) =>
      db
        .prepare(
          "INSERT INTO participants (given_name, family_name, national_id_kind, national_id, email, audit_ref, created_at, updated_at) VALUES ('Åse', 'Berg', ?, ?, 'a@b.dk', ?, ?, ?)",
        )
        .run([kind, id, ref, AT, AT]);
    expect(() => person('cpr', null, 'r0')).toThrow(/CHECK/);
    person('none', null, 'r1');
    expect(() => person('none', null, 'r1')).toThrow(/UNIQUE/);
    const enrol = () =>
      db
        .prepare(
          "INSERT INTO enrolments (participant_id, programme_id, enrolled_on) VALUES (1, 1, '2026-01-05')",
        )
        .run();
    enrol();
    expect(enrol).toThrow(/UNIQUE/);
    db.prepare('DELETE FROM participants WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM enrolments').get()).toEqual({ n: 0 });
    expect(
      db.prepare("SELECT count(*) AS n FROM search_index WHERE search_index MATCH 'Berg'").get(),
    ).toEqual({ n: 0 });
  });

  it('3: documents keep their rows with no reconfirmation yet; deletion records are append-only', () => {
    migrate(db, migrations, 2);
    db.prepare(
      "INSERT INTO participants (given_name, family_name, national_id_kind, email, audit_ref, created_at, updated_at) VALUES ('Ole', 'Dahl', 'none', 'o@d.no', 'r', ?, ?)",
    ).run([AT, AT]);
    const columns = (t: string) =>
      db
        .prepare(`SELECT name FROM pragma_table_info('${t}')`)
        .all<{ name: string }>()
        .map((c) => c.name);
    const before = columns('documents');
    expect(migrate(db, migrations, 3)).toBe(3);
    expect(columns('documents')).toEqual([...before, 'reconfirmed_on']);
    db.prepare(
      "INSERT INTO deletion_records (body, prev_hash, hash) VALUES ('{}', '0', 'h1')",
    ).run();
    expect(() => db.prepare('UPDATE deletion_records SET body = \'{"x":1}\'').run()).toThrow(
      /append-only/,
    );
    expect(() =>
      db
        .prepare(
          "INSERT INTO retention_presets (id, name, source, rules, updated_at) VALUES ('x', 'x', 'x', 'nope', ?)",
        )
        .run([AT]),
    ).toThrow(/CHECK/);
  });
});

describe('hot queries at the latest schema use their indexes', () => {
  let dir: string;
  let db: Database;
  beforeEach(() => {
    dir = tempDir();
    db = openSqlCipher(`${dir}/v.db`, randomBytes(32));
    migrate(db, migrations);
  });
  afterEach(() => {
    db.close();
    removeDir(dir);
  });

  const plan = (sql: string) =>
    db
      .prepare(`EXPLAIN QUERY PLAN ${sql}`)
      // Every parameter bound to a value of its column's kind ('x' for text columns works too).
      .all<{ detail: string }>(Array.from(sql.matchAll(/\?/g), () => 'x'))
      .map((r) => r.detail)
      .join(' | ');

  it.each([
    [
      'a person by national-ID hash',
      'SELECT id FROM participants WHERE national_id_hash = ?',
      'participants_by_hash',
    ],
    [
      'a caseload page in Nordic order',
      'SELECT id FROM participants ORDER BY sort_key, id LIMIT 100 OFFSET 5000',
      'participants_by_sort_key',
    ],
    [
      'a person’s notes, newest first',
      'SELECT id FROM notes WHERE participant_id = ? ORDER BY occurred_at DESC',
      'notes_by_participant',
    ],
    ['a programme’s notes', 'SELECT id FROM notes WHERE programme_id = ?', 'notes_by_programme'],
    [
      'a programme’s active enrolments',
      "SELECT participant_id FROM enrolments WHERE programme_id = ? AND status = 'active'",
      'enrolments_by_programme',
    ],
    ['a note’s addenda', 'SELECT id FROM note_addenda WHERE note_id = ?', 'addenda_by_note'],
    [
      'a person’s documents',
      'SELECT id FROM documents WHERE participant_id = ?',
      'documents_by_participant',
    ],
    [
      'a person’s test results',
      'SELECT id FROM assessments WHERE participant_id = ?',
      'assessments_by_participant',
    ],
    [
      'a person’s consents',
      'SELECT id FROM consents WHERE participant_id = ?',
      'consents_by_participant',
    ],
    [
      'a person’s corrections in order',
      'SELECT id FROM corrections WHERE participant_id = ? ORDER BY changed_at',
      'corrections_by_participant',
    ],
    [
      'a person’s disclosures in order',
      'SELECT id FROM disclosures WHERE participant_id = ? ORDER BY shared_on',
      'disclosures_by_participant',
    ],
    [
      'open requests by deadline',
      "SELECT id FROM requests WHERE status IN ('open', 'inProgress') ORDER BY due_on",
      'requests_open_by_due',
    ],
    [
      'a person’s requests',
      'SELECT id FROM requests WHERE participant_id = ?',
      'requests_by_participant',
    ],
    [
      'postponements of a due item',
      'SELECT until FROM retention_postponements WHERE item_key = ? ORDER BY until DESC',
      'postponements_by_key',
    ],
    [
      'the last contact filter',
      'SELECT id FROM participants WHERE last_contact_at < ?',
      'participants_by_contact',
    ],
  ])('%s', (_what, sql, index) => {
    const detail = plan(sql);
    expect(detail).toContain(index);
    expect(detail).not.toMatch(/USE TEMP B-TREE/);
    expect(detail).not.toMatch(/^SCAN \w+$|\| SCAN \w+( |$)/);
  });
});

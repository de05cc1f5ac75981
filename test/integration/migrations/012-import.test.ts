// Migration 12: the audit trail takes 'import' (rebuilt: SQLite cannot alter a CHECK) and keeps
// every earlier record as it was; mappings are remembered per funder as a JSON object only.
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../main/vault/database';
import { migrate } from '../../../main/vault/migrate';
import { migrations } from '../../../main/vault/migrations';
import { useMigrationDb } from '../../support/migration-db';

describe('migration 012 import', () => {
  let db: Database;
  useMigrationDb((opened) => (db = opened));

  it('keeps the audit trail, adds the action import, and stores mappings as JSON objects', () => {
    migrate(db, migrations, 11);
    const insert = (action: string) =>
      db
        .prepare(
          "INSERT INTO audit_log (at, actor, action, subject_ref, detail) VALUES ('2026-11-01T09:00:00.000Z', 'KB', ?, 'ref-1', 'nationalId')",
        )
        .run([action]);
    insert('reveal');
    insert('delete');
    expect(() => insert('import')).toThrow(/CHECK/);
    const before = db.prepare('SELECT * FROM audit_log ORDER BY id').all();

    expect(migrate(db, migrations, 12)).toBe(12);
    expect(db.prepare('SELECT * FROM audit_log ORDER BY id').all()).toEqual(before);
    insert('import');
    expect(() => insert('shred')).toThrow(/CHECK/);
    // The next id follows the old ones: the rebuild kept the rowids.
    expect(db.prepare('SELECT max(id) AS n FROM audit_log').get()).toEqual({ n: 3 });

    const remember = (headers: string) =>
      db
        .prepare(
          "INSERT INTO import_mappings (funder, headers, updated_at) VALUES ('Jobcenter Aarhus', ?, '2026-11-01T09:00:00.000Z')",
        )
        .run([headers]);
    expect(() => remember('[1, 2]')).toThrow(/CHECK/);
    expect(() => remember('not json')).toThrow(/CHECK/);
    remember('{"cpr nr":"nationalId","mobil":null}');
    expect(() => remember('{}')).toThrow(/UNIQUE|PRIMARY/);
  });
});

// The schema of a fresh vault at the latest migration, as text: every table, index, trigger and
// view from sqlite_schema (FTS5's shadow tables included), sorted by type and name, each
// statement with its whitespace normalised, plus the user_version. Used by the schema guard.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../main/vault/migrate';
import { openSqlCipher } from '../../main/vault/sqlcipher-driver';

export function freshSchema(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fortrolig-schema-'));
  const db = openSqlCipher(join(dir, 'v.db'), null);
  try {
    const version = migrate(db);
    const rows = db
      .prepare(
        'SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name',
      )
      .all<{ type: string; name: string; sql: string }>();
    const statements = rows.map((r) => `${r.sql.replace(/\s+/g, ' ').trim()};`);
    return [`-- user_version ${version}`, ...statements].join('\n') + '\n';
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Migration 1 from an empty file: tables, FTS5 that keeps æ/ø/å apart from a/o, triggers, user_version.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../main/vault/database';
import { migrate, schemaVersion } from '../../../main/vault/migrate';
import { migrations } from '../../../main/vault/migrations';
import { openSqlCipher } from '../../../main/vault/sqlcipher-driver';
import { removeDir, tempDir } from '../../support/temp-vault';
import { randomBytes } from 'node:crypto';

describe('migration 001 meta-and-notes', () => {
  let dir: string;
  let db: Database;
  beforeEach(() => {
    dir = tempDir();
    db = openSqlCipher(`${dir}/v.db`, randomBytes(32));
  });
  afterEach(() => {
    db.close();
    removeDir(dir);
  });

  it('builds the schema from version 0 and sets user_version 1', () => {
    expect(schemaVersion(db)).toBe(0);
    expect(migrate(db, migrations, 1)).toBe(1);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type IN ('table','trigger') ORDER BY name")
      .all<{ name: string }>()
      .map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining(['meta', 'notes', 'notes_fts', 'notes_ai', 'notes_ad', 'notes_au']),
    );
  });

  it('indexes notes so "får" never matches "far", and follows updates and deletes', () => {
    migrate(db, migrations, 1);
    const insert = db.prepare(
      "INSERT INTO notes (body, created_at, updated_at) VALUES (?, 'x', 'x')",
    );
    insert.run(['Vi talte om at han får et nyt job']);
    insert.run(['Hans far var med til mødet']);
    const match = (q: string) =>
      db
        .prepare('SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rowid')
        .all<{ rowid: number }>([q])
        .map((r) => r.rowid);
    expect(match('får')).toEqual([1]);
    expect(match('far')).toEqual([2]);
    expect(match('mødet')).toEqual([2]);
    expect(match('modet')).toEqual([]);
    db.prepare("UPDATE notes SET body = 'Nyt indhold' WHERE id = 1").run();
    expect(match('får')).toEqual([]);
    db.prepare('DELETE FROM notes WHERE id = 2').run();
    expect(match('far')).toEqual([]);
    // FTS5's own check throws if the index and the notes table disagree.
    expect(() =>
      db.exec("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)"),
    ).not.toThrow();
    db.exec("INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', 1, 'Nyt indhold')");
    expect(() =>
      db.exec("INSERT INTO notes_fts (notes_fts, rank) VALUES ('integrity-check', 1)"),
    ).toThrow();
  });
});

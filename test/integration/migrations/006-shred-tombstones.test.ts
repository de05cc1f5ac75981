// Migration 6: a tombstone per deletion record, valid JSON, append-only like the records.
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../main/vault/database';
import { migrate, schemaVersion } from '../../../main/vault/migrate';
import { migrations } from '../../../main/vault/migrations';
import { openSqlCipher } from '../../../main/vault/sqlcipher-driver';
import { removeDir, tempDir } from '../../support/temp-vault';

describe('migration 006 shred-tombstones', () => {
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

  it('keeps the records from version 5, then takes one tombstone per record and never loses one', () => {
    migrate(db, migrations, 5);
    db.prepare(
      "INSERT INTO deletion_records (body, prev_hash, hash) VALUES ('{}', 'p', 'a')",
    ).run();
    expect(migrate(db, migrations, 6)).toBe(6);
    expect(schemaVersion(db)).toBe(6);
    expect(db.prepare('SELECT count(*) AS n FROM deletion_records').get()).toEqual({ n: 1 });
    const put = (id: number, json: string) =>
      db
        .prepare('INSERT INTO shred_tombstones (record_id, tombstone) VALUES (?, ?)')
        .run([id, json]);
    put(1, '{"kind":"people","people":[]}');
    expect(() => put(1, '{}')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => put(2, 'not json')).toThrow(/CHECK/);
    expect(() => db.prepare('DELETE FROM shred_tombstones').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE shred_tombstones SET tombstone = '{}'").run()).toThrow(
      /append-only/,
    );
    expect(db.prepare('SELECT count(*) AS n FROM shred_tombstones').get()).toEqual({ n: 1 });
  });
});

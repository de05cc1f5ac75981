// Migration 5: deletion records can be appended, never deleted (nor, as since migration 3, edited).
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../main/vault/database';
import { migrate, schemaVersion } from '../../../main/vault/migrate';
import { migrations } from '../../../main/vault/migrations';
import { openSqlCipher } from '../../../main/vault/sqlcipher-driver';
import { removeDir, tempDir } from '../../support/temp-vault';

describe('migration 005 deletion-chain-guard', () => {
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

  const insert = (hash: string) =>
    db
      .prepare("INSERT INTO deletion_records (body, prev_hash, hash) VALUES ('{}', 'p', ?)")
      .run([hash]);

  it('before it a record could be deleted; from version 5 a DELETE is refused and inserts go on', () => {
    migrate(db, migrations, 4);
    insert('a');
    db.prepare("DELETE FROM deletion_records WHERE hash = 'a'").run();
    insert('a');
    expect(migrate(db, migrations, 5)).toBe(5);
    expect(schemaVersion(db)).toBe(5);
    insert('b');
    expect(() => db.prepare("DELETE FROM deletion_records WHERE hash = 'b'").run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare('DELETE FROM deletion_records').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE deletion_records SET body = '[]'").run()).toThrow(
      /append-only/,
    );
    expect(db.prepare('SELECT count(*) AS n FROM deletion_records').get()).toEqual({ n: 2 });
  });
});

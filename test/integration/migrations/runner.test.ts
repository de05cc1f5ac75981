// The migration runner: one transaction per step, a failing step changes nothing, order is enforced.
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../main/vault/database';
import { VaultFromFutureError } from '../../../main/vault/errors';
import { migrate, schemaVersion } from '../../../main/vault/migrate';
import type { Migration } from '../../../main/vault/migrations/types';
import { openSqlCipher } from '../../../main/vault/sqlcipher-driver';
import { removeDir, tempDir } from '../../support/temp-vault';

const one: Migration = {
  version: 1,
  name: 'one',
  up: (db) => db.exec('CREATE TABLE a (x INTEGER)'),
};
const failing: Migration = {
  version: 2,
  name: 'fails halfway',
  up: (db) => {
    db.exec('CREATE TABLE b (x INTEGER); INSERT INTO a VALUES (1);');
    throw new Error('boom');
  },
};

describe('migration runner', () => {
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

  it('rolls back a failing step entirely and keeps the previous version', () => {
    migrate(db, [one]);
    expect(() => migrate(db, [one, failing])).toThrow('boom');
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'b'").get()).toEqual({
      n: 0,
    });
    expect(db.prepare('SELECT count(*) AS n FROM a').get()).toEqual({ n: 0 });
  });

  it('is idempotent and refuses gaps and future versions', () => {
    expect(migrate(db, [one])).toBe(1);
    expect(migrate(db, [one])).toBe(1);
    expect(() => migrate(db, [one, { ...one, version: 3 }])).toThrow(/out of sequence/);
    db.exec('PRAGMA user_version = 9');
    expect(() => migrate(db, [one])).toThrow(VaultFromFutureError);
  });
});

// Migration 4: the finishing markers of a shredding, one row per step, only the known steps.
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../main/vault/database';
import { migrate, schemaVersion } from '../../../main/vault/migrate';
import { migrations } from '../../../main/vault/migrations';
import { openSqlCipher } from '../../../main/vault/sqlcipher-driver';
import { doneThrough, markDone } from '../../../main/retention/finishing';
import { removeDir, tempDir } from '../../support/temp-vault';

describe('migration 004 shred-finishing', () => {
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

  it('adds shred_finishing at version 4; a marker only moves forward; unknown steps are refused', () => {
    expect(migrate(db, migrations, 3)).toBe(3);
    expect(migrate(db, migrations, 4)).toBe(4);
    expect(schemaVersion(db)).toBe(4);
    expect(doneThrough(db, 'merge')).toBe(0);
    markDone(db, 'merge', 3, '2026-11-22T10:00:00.000Z');
    markDone(db, 'merge', 2, '2026-11-22T10:01:00.000Z');
    expect(doneThrough(db, 'merge')).toBe(3);
    expect(doneThrough(db, 'backups')).toBe(0);
    expect(() =>
      db
        .prepare("INSERT INTO shred_finishing (step, done_through, done_at) VALUES ('x', 1, 'y')")
        .run(),
    ).toThrow(/CHECK/);
    // The rekey's marker is the vault's own keyDestructionCovers.
    db.prepare("INSERT INTO meta (key, value) VALUES ('keyDestructionCovers', '5')").run();
    expect(doneThrough(db, 'rekey')).toBe(5);
  });
});

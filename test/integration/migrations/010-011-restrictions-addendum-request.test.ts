// Migrations 10 and 11: restrictions (one active per person, a lift needs its reason, gone with
// the person) and the addendum's correction request (only a request that exists).
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../main/vault/database';
import { migrate, schemaVersion } from '../../../main/vault/migrate';
import { migrations } from '../../../main/vault/migrations';
import { insertOldParticipant } from '../../support/participant-before-13';
import { useMigrationDb } from '../../support/migration-db';

describe('migrations 010 restrictions and 011 addendum-request', () => {
  let db: Database;
  useMigrationDb((opened) => (db = opened));

  it('10: one active restriction per person, a lift with its reason, gone with the person', () => {
    migrate(db, migrations, 9);
    const p = insertOldParticipant(db, { givenName: 'Åse', familyName: 'Berg', email: 'a@e.no' });
    expect(migrate(db, migrations, 10)).toBe(10);
    const restrict = () =>
      db
        .prepare(
          "INSERT INTO restrictions (participant_id, started_at, started_by, reason) VALUES (?, '2026-11-22T10:00:00.000Z', 'KB', 'Bestrider')",
        )
        .run([p]);
    restrict();
    expect(restrict).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare("UPDATE restrictions SET lifted_at = '2026-11-23T10:00:00.000Z'").run(),
    ).toThrow(/CHECK/);
    db.prepare(
      "UPDATE restrictions SET lifted_at = '2026-11-23T10:00:00.000Z', lifted_by = 'KB', lift_reason = 'Rettet'",
    ).run();
    restrict();
    expect(db.prepare('SELECT count(*) AS n FROM restrictions').get()).toEqual({ n: 2 });
    db.prepare('DELETE FROM participants WHERE id = ?').run([p]);
    expect(db.prepare('SELECT count(*) AS n FROM restrictions').get()).toEqual({ n: 0 });
  });

  it('11: addenda from before keep working, and a new one can name its request', () => {
    migrate(db, migrations, 10);
    db.prepare(
      "INSERT INTO notes (body, created_at, updated_at, occurred_at, status) VALUES ('n', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'locked')",
    ).run();
    db.prepare(
      "INSERT INTO note_addenda (note_id, body, created_at) VALUES (1, 'før', '2026-01-02T00:00:00Z')",
    ).run();
    expect(migrate(db, migrations, 11)).toBe(11);
    expect(schemaVersion(db)).toBe(11);
    expect(db.prepare('SELECT body, request_id AS r FROM note_addenda').get()).toEqual({
      body: 'før',
      r: null,
    });
    expect(() =>
      db
        .prepare(
          "INSERT INTO note_addenda (note_id, body, created_at, request_id) VALUES (1, 'efter', '2026-01-03T00:00:00Z', 999)",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });
});

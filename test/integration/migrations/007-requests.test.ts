// Migration 7: the requests register. Built on a version-6 vault with a person in it: the step
// adds the table with its vocabulary checks, keeps a request when its person is erased, and the
// open-by-deadline query uses its partial index.
import { describe, expect, it } from 'vitest';
import { REQUEST_KINDS } from '../../../main/requests/vocabulary';
import type { Database } from '../../../main/vault/database';
import { migrate, schemaVersion } from '../../../main/vault/migrate';
import { migrations } from '../../../main/vault/migrations';
import { insertOldParticipant } from '../../support/participant-before-13';
import { useMigrationDb } from '../../support/migration-db';

const NOW = new Date('2026-11-22T10:00:00Z');

describe('migration 007 requests', () => {
  let db: Database;
  useMigrationDb((opened) => (db = opened));

  const insert = (participant: number | null, extra: Record<string, unknown> = {}) => {
    const row = {
      participant_id: participant,
      kind: 'access',
      channel: 'email',
      received_on: '2026-11-20',
      due_on: '2026-12-20',
      created_by: 'KB',
      created_at: NOW.toISOString(),
      updated_at: NOW.toISOString(),
      ...extra,
    };
    const names = Object.keys(row);
    return db
      .prepare(
        `INSERT INTO requests (${names.join(', ')}) VALUES (${names.map((n) => `$${n}`).join(', ')})`,
      )
      .run(row);
  };

  it('adds the register to a version-6 vault, with its words checked and its proof kept after an erasure', () => {
    migrate(db, migrations, 6);
    const person = insertOldParticipant(db, {
      givenName: 'Åse',
      familyName: 'Berg',
      email: 'ase@example.no',
    });
    expect(migrate(db, migrations, 7)).toBe(7);
    expect(schemaVersion(db)).toBe(7);

    for (const kind of REQUEST_KINDS) insert(person, { kind });
    expect(() => insert(person, { kind: 'deletion' })).toThrow(/CHECK/);
    expect(() => insert(person, { channel: 'fax' })).toThrow(/CHECK/);
    expect(() => insert(person, { received_on: '20-11-2026' })).toThrow(/CHECK/);
    expect(() => insert(person, { extension_months: 3 })).toThrow(/CHECK/);
    // An extension needs its reason and the day the person was told.
    expect(() => insert(person, { extension_months: 1 })).toThrow(/CHECK/);
    insert(person, {
      extension_months: 1,
      extension_reason: 'Mange',
      extension_told_on: '2026-11-25',
    });
    // A refusal needs its reason; an identity check is a method and a day together.
    expect(() => insert(person, { status: 'refused' })).toThrow(/CHECK/);
    expect(() => insert(person, { identity_method: 'videoCall' })).toThrow(/CHECK/);
    expect(() =>
      insert(person, { identity_method: 'passportCopy', identity_checked_on: '2026-11-21' }),
    ).toThrow(/CHECK/);

    // Erasing the person keeps every request, no longer linked to anyone.
    db.prepare('DELETE FROM participants WHERE id = ?').run([person]);
    const rows = db
      .prepare('SELECT count(*) AS n, count(participant_id) AS linked FROM requests')
      .get<{ n: number; linked: number }>();
    expect(rows).toEqual({ n: REQUEST_KINDS.length + 1, linked: 0 });

    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT id FROM requests WHERE status IN ('open', 'inProgress') ORDER BY due_on",
      )
      .all<{ detail: string }>()
      .map((r) => r.detail)
      .join(' | ');
    expect(plan).toMatch(/USING INDEX requests_open_by_due/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});

// An import is all rows or none: every write inside its transaction is made to fail in turn
// (the k-th INSERT/UPDATE of the import answers SQLITE_FULL), and each time the answer is
// diskFull, the vault holds exactly what it held before, and the same list then imports whole.
// Real SQLCipher, real keychain; the failing write is a seam on the driver (a real full disk
// for the whole vault is environment-errors.test.ts's).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../main/ipc/dispatch';
import type { Database, OpenDatabase } from '../../../main/vault/database';
import { KeytarKeyStore } from '../../../main/vault/keytar-key-store';
import { MemoryLogger } from '../../../main/vault/logger';
import { openSqlCipher } from '../../../main/vault/sqlcipher-driver';
import { Vault } from '../../../main/vault/vault';
import { createParticipant } from '../../../main/domain/participants';
import { DANISH_HEADER, csvText, danishRow, encode, listPerson } from '../../support/import-lists';
import { TEST_KDF, TEST_PASSPHRASE, removeDir, tempDir } from '../../support/temp-vault';

const NOW = new Date('2026-11-29T10:00:00Z');
const isWrite = (sql: string) => /^\s*(INSERT|UPDATE|DELETE|REPLACE)\b/i.test(sql);

/** Every table's rows, as one comparable value. */
function snapshot(db: Database): Record<string, unknown[]> {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search%' ORDER BY name",
    )
    .all<{ name: string }>()
    .map((r) => r.name);
  return Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]),
  );
}

describe('an import whose k-th write fails', () => {
  let dir: string;
  let vault: Vault;
  let dispatch: Dispatch;
  const seam = { armed: false, writes: 0, failAt: 0 };

  beforeEach(async () => {
    dir = tempDir();
    const openDatabase: OpenDatabase = (path, key) => {
      const db = openSqlCipher(path, key);
      return {
        ...db,
        prepare: (sql) => {
          const stmt = db.prepare(sql);
          return {
            ...stmt,
            run: (params) => {
              if (seam.armed && isWrite(sql) && ++seam.writes === seam.failAt)
                throw Object.assign(new Error('database or disk is full'), {
                  code: 'SQLITE_FULL',
                });
              return stmt.run(params);
            },
          };
        },
      };
    };
    vault = new Vault({
      dataDir: dir,
      keyStore: new KeytarKeyStore(),
      kdfCost: TEST_KDF,
      openDatabase,
    });
    await vault.create(TEST_PASSPHRASE);
    dispatch = createDispatch(
      {
        vault,
        dataDir: dir,
        now: () => NOW,
        actor: 'KB',
        pickImportList: async () => join(dir, 'liste.csv'),
      },
      new MemoryLogger(),
    );
  });
  afterEach(() => {
    seam.armed = false;
    vault.lock();
    removeDir(dir);
  });

  it('answers diskFull and changes nothing, at every write; then imports whole', async () => {
    const programme = await dispatch('programmes.create', {
      name: 'Jobsøgning',
      funder: 'Jobcenter Odense',
      country: 'DK',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
    const programmeId = (programme as { value: { id: number } }).value.id;
    // One person already in the vault (matched and enrolled), two new, one ended.
    const known = listPerson(30);
    createParticipant(
      vault.db,
      {
        givenName: known.givenName,
        familyName: known.familyName,
        nationalId: { country: 'DK', value: known.nationalId },
        email: known.email,
      },
      NOW,
    );
    const rows = [listPerson(31), known, listPerson(32)].map(danishRow);
    writeFileSync(
      join(dir, 'liste.csv'),
      encode(
        csvText(
          [
            [...DANISH_HEADER, 'Status', 'Slutdato'],
            ...rows.map((r, i) => [
              ...r,
              i === 2 ? 'Afmeldt' : 'Aktiv',
              i === 2 ? '30-06-2026' : '',
            ]),
          ],
          ';',
        ),
        'windows-1252',
      ),
    );
    const before = snapshot(vault.db);

    let failures = 0;
    for (let k = 1; ; k += 1) {
      const opened = (await dispatch('import.open', { programmeId })) as {
        value: { list: { listId: string; columns: { field: string | null }[] } };
      };
      const { listId, columns } = opened.value.list;
      const mapping = columns.map((c) => c.field);
      Object.assign(seam, { armed: true, writes: 0, failAt: k });
      const answer = await dispatch('import.commit', {
        listId,
        programmeId,
        mapping,
        rememberMapping: false,
      });
      seam.armed = false;
      if (answer.ok) {
        expect(answer.value).toMatchObject({ rows: 3, created: 2, matched: 1 });
        break;
      }
      failures += 1;
      expect(answer).toEqual({ ok: false, error: { code: 'diskFull' } });
      expect(snapshot(vault.db)).toEqual(before);
      expect(k).toBeLessThan(100);
    }
    // Each write of the import was failed once: 2 people, 3 enrolments, 1 ending, 1 audit record.
    expect(failures).toBeGreaterThanOrEqual(7);
    const enrolments = vault.db
      .prepare(
        'SELECT status, ended_on AS endedOn FROM enrolments WHERE programme_id = ? ORDER BY id',
      )
      .all([programmeId]);
    expect(enrolments).toEqual([
      { status: 'active', endedOn: null },
      { status: 'active', endedOn: null },
      { status: 'withdrawn', endedOn: '2026-06-30' },
    ]);
  });
});

// Importing the job centre's and NAV's lists through the IPC table (a real SQLCipher vault, the
// picker answering a file the test wrote) and the admin CLI: preview first, then all rows in one
// transaction or none; people already in the vault matched by the keyed hash; nothing of the
// file kept; the audit says how many, never who.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createParticipant } from '../../../main/domain/participants';
import { createDispatch, type Dispatch } from '../../../main/ipc/dispatch';
import { MemoryLogger } from '../../../main/vault/logger';
import type { Vault } from '../../../main/vault/vault';
import {
  DANISH_HEADER,
  csvText,
  danishRow,
  encode,
  listPerson,
  xlsxWithNumericIds,
} from '../../support/import-lists';
import {
  TEST_PASSPHRASE,
  removeDir,
  sha256File,
  tempDir,
  testVault,
} from '../../support/temp-vault';
import { vaultCli } from '../../support/vault-cli';

const NOW = new Date('2026-11-29T10:00:00Z');
const ok = <T>(r: unknown): T => {
  expect(r).toMatchObject({ ok: true });
  return (r as { value: T }).value;
};

type Opened = {
  outcome: string;
  list: { listId: string; columns: { header: string; field: string | null }[]; rowCount: number };
};
type Plan = {
  importable: boolean;
  counts: Record<string, number>;
  rows: {
    row: number;
    action: string;
    givenName: string;
    nationalIdMasked: string;
    startsOn: string;
    errors: { column: number | null; code: string }[];
    warnings: { column: number | null; code: string }[];
  }[];
};

describe('importing an enrolment list', () => {
  let dir: string;
  let files: string;
  let vault: Vault;
  let dispatch: Dispatch;
  let pick: string | null;
  let programmeId: number;

  beforeEach(async () => {
    dir = tempDir();
    files = tempDir('fortrolig-lists-');
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
    dispatch = createDispatch(
      { vault, dataDir: dir, now: () => NOW, actor: 'KB', pickImportList: async () => pick },
      new MemoryLogger(),
    );
    programmeId = ok<{ id: number }>(
      await dispatch('programmes.create', {
        name: 'Jobsøgning efterår',
        funder: 'Jobcenter Aarhus',
        country: 'DK',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
      }),
    ).id;
  });
  afterEach(() => {
    vault.lock();
    removeDir(dir);
    removeDir(files);
  });

  const write = (name: string, bytes: Buffer) => {
    const path = join(files, name);
    writeFileSync(path, bytes);
    return path;
  };
  const open = async (path: string) => {
    pick = path;
    const answer = await dispatch('import.open', { programmeId });
    // The page never learns where the file is.
    expect(JSON.stringify(answer)).not.toContain(files);
    return ok<Opened>(answer).list;
  };
  const mappingOf = (list: Opened['list']) => list.columns.map((c) => c.field);
  const previewInput = (list: Opened['list']) => ({
    listId: list.listId,
    programmeId,
    mapping: mappingOf(list),
  });
  /** The plan for `list` with its suggested mapping (the answer must be ok). */
  const preview = async (list: Opened['list']) =>
    ok<Plan & { mappingProblems: string[] }>(await dispatch('import.preview', previewInput(list)));
  /** Imports `list` with its suggested mapping; the answer as it comes. */
  const commit = (list: Opened['list'], rememberMapping: boolean) =>
    dispatch('import.commit', { ...previewInput(list), rememberMapping });
  const count = (sql: string) => (vault.db.prepare(sql).get() as { n: number }).n;

  it('a Danish list in Windows-1252 with semicolons: previewed, then imported whole; the audit counts, never names', async () => {
    const people = Array.from({ length: 10 }, (_, i) => listPerson(i));
    const path = write(
      'deltagere.csv',
      encode(csvText([DANISH_HEADER, ...people.map(danishRow)], ';'), 'windows-1252'),
    );
    const list = await open(path);
    expect(list.rowCount).toBe(10);
    // The column's first values reach the page masked where they are national IDs.
    const idSamples = (list.columns[0] as unknown as { samples: string[] }).samples;
    expect(idSamples).toHaveLength(3);
    for (const sample of idSamples) expect(sample).toMatch(/^\d{6}-••••$/);
    for (const p of people) {
      expect(JSON.stringify(list)).not.toContain(p.nationalId);
      expect(JSON.stringify(list)).not.toContain(
        `${p.nationalId.slice(0, 6)}-${p.nationalId.slice(6)}`,
      );
    }
    expect(mappingOf(list)).toEqual([
      'nationalId',
      'givenName',
      'familyName',
      'email',
      'phone',
      'startsOn',
    ]);
    const plan = await preview(list);
    expect(plan.importable).toBe(true);
    expect(plan.counts).toMatchObject({ rows: 10, create: 10, refused: 0 });
    expect(plan.rows[0]).toMatchObject({ row: 2, givenName: 'Åse', startsOn: people[0]!.startsOn });
    expect(plan.rows[0]!.nationalIdMasked).toMatch(/^\d{6}-••••$/);
    // The preview wrote nothing.
    expect(count('SELECT count(*) AS n FROM participants')).toBe(0);

    const result = ok<{ created: number; matched: number }>(await commit(list, true));
    expect(result).toMatchObject({ rows: 10, created: 10, matched: 0 });
    expect(count('SELECT count(*) AS n FROM enrolments WHERE programme_id = 1')).toBe(10);
    const names = vault.db
      .prepare("SELECT given_name || ' ' || family_name AS n FROM participants ORDER BY id")
      .all<{ n: string }>()
      .map((r) => r.n);
    expect(names[2]).toBe('Æbbe Østergaard');
    const audit = vault.db
      .prepare("SELECT actor, subject_ref, detail FROM audit_log WHERE action = 'import'")
      .all();
    expect(audit).toEqual([
      { actor: 'KB', subject_ref: null, detail: 'list imported: 10 created, 0 matched' },
    ]);
    // Nothing of the file in the data folder: only the vault's own files.
    expect(
      readdirSync(dir).filter(
        (f) => !/^(vault\.(db|key\.json)(-wal|-shm)?|settings\.json)$/.test(f),
      ),
    ).toEqual([]);
    // The held list is gone after the import.
    expect(await dispatch('import.preview', previewInput(list))).toMatchObject({
      ok: false,
      error: { code: 'importListGone' },
    });
  });

  it('an XLSX whose numeric IDs lost their leading zero and whose dates are spreadsheet dates', async () => {
    const people = Array.from({ length: 12 }, (_, i) => listPerson(i));
    const list = await open(write('liste.xlsx', await xlsxWithNumericIds(people)));
    const plan = await preview(list);
    expect(plan.importable).toBe(true);
    const zeroed = people.flatMap((p, i) => (p.nationalId.startsWith('0') ? [i] : []));
    expect(zeroed.length).toBeGreaterThan(0);
    for (const i of zeroed)
      expect(plan.rows[i]!.warnings).toContainEqual({ column: 0, code: 'leadingZeroRestored' });
    expect(plan.rows.map((r) => r.startsOn)).toEqual(people.map((p) => p.startsOn));
    ok(await commit(list, false));
    // The restored number is the real one: the person is found by it.
    expect(ok(await dispatch('participants.get', { id: 1 }))).toMatchObject({
      nationalIdMasked: `${people[0]!.nationalId.slice(0, 6)}-••••`,
    });
  });

  it('one impossible date of birth among ten rows: refused whole, the row named, the vault unchanged', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => danishRow(listPerson(i)));
    rows[5]![0] = '310261-4285'; // 31 February
    const list = await open(
      write('liste.csv', encode(csvText([DANISH_HEADER, ...rows], ';'), 'utf-8')),
    );
    const plan = await preview(list);
    expect(plan.importable).toBe(false);
    expect(plan.counts).toMatchObject({ rows: 10, refused: 1, create: 9 });
    expect(plan.rows[5]).toMatchObject({
      row: 7,
      action: 'refused',
      errors: [{ column: 0, code: 'nationalId.impossibleDate' }],
    });
    vault.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const before = sha256File(join(dir, 'vault.db'));
    const answer = await commit(list, true);
    expect(answer).toMatchObject({ ok: false, error: { code: 'importRefused', details: ['7'] } });
    expect(count('SELECT count(*) AS n FROM participants')).toBe(0);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE action = 'import'")).toBe(0);
    vault.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    expect(sha256File(join(dir, 'vault.db'))).toBe(before);
  });

  it('a person twice in the list is enrolled once; the same number with another name is an error', async () => {
    const p = listPerson(3);
    const rows = [danishRow(p), danishRow(listPerson(4)), danishRow(p)];
    const list = await open(
      write('to-gange.csv', encode(csvText([DANISH_HEADER, ...rows], ';'), 'utf-8')),
    );
    const plan = await preview(list);
    expect(plan.rows[2]).toMatchObject({
      row: 4,
      action: 'duplicate',
      warnings: [{ column: 0, code: 'duplicateInList' }],
    });
    expect(ok<{ created: number; duplicates: number }>(await commit(list, false))).toMatchObject({
      created: 2,
      duplicates: 1,
    });

    const other = [...danishRow(listPerson(5))];
    const clash = [...other];
    clash[1] = 'Helt Anden';
    const list2 = await open(
      write('klash.csv', encode(csvText([DANISH_HEADER, other, clash], ';'), 'utf-8')),
    );
    const plan2 = await preview(list2);
    expect(plan2.rows[1]).toMatchObject({
      row: 3,
      action: 'refused',
      errors: [{ column: 0, code: 'duplicateDifferentName' }],
    });
  });

  it('two people already in the vault are matched by national ID and enrolled, never created twice', async () => {
    const people = Array.from({ length: 5 }, (_, i) => listPerson(i + 20));
    for (const p of [people[1]!, people[3]!])
      createParticipant(
        vault.db,
        {
          givenName: p.givenName,
          familyName: p.familyName,
          nationalId: { country: 'DK', value: p.nationalId },
          email: p.email,
        },
        NOW,
      );
    const list = await open(
      write(
        'kendte.csv',
        encode(csvText([DANISH_HEADER, ...people.map(danishRow)], ','), 'utf-8-bom'),
      ),
    );
    const plan = await preview(list);
    expect(plan.rows.map((r) => r.action)).toEqual([
      'create',
      'enrol',
      'create',
      'enrol',
      'create',
    ]);
    expect(ok(await commit(list, false))).toMatchObject({ created: 3, matched: 2 });
    expect(count('SELECT count(*) AS n FROM participants')).toBe(5);
    expect(count('SELECT count(*) AS n FROM enrolments')).toBe(5);
    // The same list again: everyone is already enrolled; nothing changes.
    const again = await open(
      write(
        'kendte2.csv',
        encode(csvText([DANISH_HEADER, ...people.map(danishRow)], ','), 'utf-8'),
      ),
    );
    const plan2 = await preview(again);
    expect(plan2.counts).toMatchObject({ alreadyEnrolled: 5, create: 0 });
  });

  it('a list without e-mail imports, and each person shows an "e-mail missing" task', async () => {
    const rows = [['CPR-nr.', 'Fornavn', 'Efternavn'], danishRow(listPerson(7)).slice(0, 3)];
    const list = await open(write('uden-mail.csv', encode(csvText(rows, ';'), 'utf-8')));
    const plan = await preview(list);
    expect(plan.rows[0]!.warnings).toContainEqual({ column: null, code: 'emailMissing' });
    ok(await commit(list, false));
    const got = ok<{ email: string; tasks: string[] }>(
      await dispatch('participants.get', { id: 1 }),
    );
    expect(got).toMatchObject({ email: '', tasks: ['emailMissing'] });
    // Saving an address ends the task.
    ok(
      await dispatch('participants.update', {
        id: 1,
        givenName: 'Ingrid',
        familyName: 'Ågesen',
        nationalId: { country: 'DK', value: listPerson(7).nationalId },
        email: 'ingrid@eksempel.dk',
        reason: 'E-mail tilføjet',
      }),
    );
    expect(ok(await dispatch('participants.get', { id: 1 }))).toMatchObject({ tasks: [] });
  });

  it('a corrected mapping is remembered for the funder and maps the next list by itself', async () => {
    const rows = [['Kolonne 1', 'Fornavn', 'Efternavn'], danishRow(listPerson(8)).slice(0, 3)];
    const list = await open(write('a.csv', encode(csvText(rows, ';'), 'utf-8')));
    expect(mappingOf(list)).toEqual([null, 'givenName', 'familyName']);
    const incomplete = await preview(list);
    expect(incomplete).toMatchObject({
      importable: false,
      mappingProblems: ['nationalIdColumnMissing'],
    });
    const fixed = ['nationalId', 'givenName', 'familyName'];
    ok(
      await dispatch('import.commit', {
        listId: list.listId,
        programmeId,
        mapping: fixed,
        rememberMapping: true,
      }),
    );
    const next = await open(
      write(
        'b.csv',
        encode(csvText([rows[0]!, danishRow(listPerson(9)).slice(0, 3)], ';'), 'utf-8'),
      ),
    );
    expect(mappingOf(next)).toEqual(fixed);
    expect(next.columns[0]).toMatchObject({ remembered: true });
  });

  it('a locked vault drops the held list; a restricted person, a closed programme and a wrong mapping are refused', async () => {
    const people = Array.from({ length: 3 }, (_, i) => listPerson(i + 40));
    const path = write(
      'liste.csv',
      encode(csvText([DANISH_HEADER, ...people.map(danishRow)], ';'), 'utf-8'),
    );
    const list = await open(path);
    ok(await dispatch('vault.lock', {}));
    ok(await dispatch('vault.unlock', {}));
    expect(await dispatch('import.preview', previewInput(list))).toMatchObject({
      ok: false,
      error: { code: 'importListGone' },
    });

    // A person whose processing is restricted (art. 18) is not enrolled anew: the row is refused.
    const restricted = createParticipant(
      vault.db,
      {
        givenName: people[1]!.givenName,
        familyName: people[1]!.familyName,
        nationalId: { country: 'DK', value: people[1]!.nationalId },
        email: people[1]!.email,
      },
      NOW,
    ).participant.id;
    ok(
      await dispatch('participants.restrict', {
        participantId: restricted,
        reason: 'Bestrider rigtigheden',
      }),
    );
    const again = await open(path);
    const plan = await preview(again);
    expect(plan.rows[1]).toMatchObject({
      row: 3,
      action: 'refused',
      errors: [{ column: null, code: 'restricted' }],
    });
    expect(
      await dispatch('import.preview', {
        listId: again.listId,
        programmeId,
        mapping: ['nationalId'],
      }),
    ).toMatchObject({ ok: false, error: { code: 'validation', field: 'mapping' } });

    ok(
      await dispatch('programmes.update', {
        id: programmeId,
        name: 'Jobsøgning efterår',
        funder: 'Jobcenter Aarhus',
        country: 'DK',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
        status: 'closed',
      }),
    );
    pick = path;
    expect(await dispatch('import.open', { programmeId })).toMatchObject({
      ok: false,
      error: { code: 'programmeClosed' },
    });
    expect(await commit(again, false)).toMatchObject({
      ok: false,
      error: { code: 'programmeClosed' },
    });
    expect(count('SELECT count(*) AS n FROM enrolments')).toBe(0);
  });

  it('a file that is not a list, and a cancelled picker', async () => {
    pick = write(
      'billede.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    expect(await dispatch('import.open', { programmeId })).toEqual({
      ok: false,
      error: { code: 'listUnreadable' },
    });
    pick = write('gammel.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(await dispatch('import.open', { programmeId })).toEqual({
      ok: false,
      error: { code: 'listOldExcel' },
    });
    pick = join(files, 'findes-ikke.csv');
    expect(await dispatch('import.open', { programmeId })).toEqual({
      ok: false,
      error: { code: 'listUnreadable' },
    });
    pick = null;
    expect(ok(await dispatch('import.open', { programmeId }))).toEqual({
      outcome: 'cancelled',
      list: null,
    });
  });

  it('the CLI: programme add, programmes, a dry run, a refused list, an import', async () => {
    vault.lock();
    const added = await vaultCli([
      'programme',
      'add',
      '--name',
      'Jobsøgning NAV',
      '--funder',
      'NAV Vest',
      '--country',
      'NO',
      '--starts',
      '2026-01-01',
      '--ends',
      '2026-12-31',
      '--json',
      '--data-dir',
      dir,
    ]);
    expect(added).toMatchObject({ code: 0 });
    const { id } = JSON.parse(added.stdout) as { id: number };
    const people = Array.from({ length: 4 }, (_, i) => listPerson(i, 'NO'));
    const rows = people.map((p) => [
      `${p.nationalId.slice(0, 6)} ${p.nationalId.slice(6)}`,
      p.givenName,
      p.familyName,
      p.email,
    ]);
    const good = write(
      'nav.csv',
      encode(csvText([['Fødselsnummer', 'Fornavn', 'Etternavn', 'E-post'], ...rows], ';'), 'utf-8'),
    );
    const dry = await vaultCli([
      'import',
      good,
      '--programme',
      String(id),
      '--dry-run',
      '--json',
      '--data-dir',
      dir,
    ]);
    expect(dry).toMatchObject({ code: 0 });
    expect(JSON.parse(dry.stdout)).toEqual({
      rows: 4,
      created: 4,
      matched: 0,
      errors: [],
      warnings: [],
    });

    const bad = [...rows, ['31028912345', 'Ola', 'Nordmann', 'ikke-en-adresse']];
    const refused = await vaultCli([
      'import',
      write(
        'nav-feil.csv',
        encode(
          csvText([['Fødselsnummer', 'Fornavn', 'Etternavn', 'E-post'], ...bad], ';'),
          'utf-8',
        ),
      ),
      '--programme',
      String(id),
      '--json',
      '--data-dir',
      dir,
    ]);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({
      rows: 5,
      created: 0,
      errors: [
        { row: 6, column: 'Fødselsnummer', code: expect.stringMatching(/^nationalId\./) },
        { row: 6, column: 'E-post', code: 'invalidEmail' },
      ],
    });

    const done = await vaultCli([
      'import',
      good,
      '--programme',
      String(id),
      '--json',
      '--data-dir',
      dir,
    ]);
    expect(done).toMatchObject({ code: 0 });
    expect(JSON.parse(done.stdout)).toMatchObject({ rows: 4, created: 4, matched: 0, errors: [] });
    // Refused before any row is read: still one JSON line, exit 1.
    const picture = write('billede.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const unreadable = await vaultCli([
      'import',
      picture,
      '--programme',
      String(id),
      '--json',
      '--data-dir',
      dir,
    ]);
    expect(unreadable.code).toBe(1);
    expect(JSON.parse(unreadable.stdout)).toEqual({
      rows: 0,
      created: 0,
      matched: 0,
      errors: [{ row: null, column: null, code: 'listUnreadable' }],
      warnings: [],
    });
    const listed = await vaultCli(['programmes', '--json', '--data-dir', dir]);
    expect(JSON.parse(listed.stdout)).toContainEqual({
      id,
      name: 'Jobsøgning NAV',
      participants: 4,
    });
    // Nothing personal on stderr or in a plain-text run's output.
    expect(done.stderr).not.toMatch(/Åse|Søren/);
  });
});

// Nothing entered is a dead end: a wrongly uploaded document and a test result can be deleted
// (audited by kind, never content; their bytes and words leave the vault's files, shown on an
// unkeyed twin running the same code), a test result corrected, an enrolment ended with a
// reason, a duplicate national ID answered with the other person's row id, and the caseload
// listed whatever the enrolment's status.
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../main/ipc/dispatch';
import { MemoryLogger } from '../../../main/vault/logger';
import type { Vault } from '../../../main/vault/vault';
import { ok } from '../../support/ipc-vault';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';
import { unkeyedVault } from '../../support/unkeyed-vault';

const NOW = new Date('2026-11-22T10:00:00Z');
const DOC_MARKER = 'Ansoegning-til-Zebrafinke-ApS';
const SUMMARY_MARKER = 'Kvaegavlerkompetence';

function rawBytes(dbPath: string): Buffer {
  return Buffer.concat(
    [dbPath, `${dbPath}-wal`, `${dbPath}-shm`].filter(existsSync).map((p) => readFileSync(p)),
  );
}

type Ids = { programme: number; person: number; other: number };

async function ground(dispatch: Dispatch): Promise<Ids> {
  const programme = ok<{ id: number }>(
    await dispatch('programmes.create', {
      name: 'Jobsøgning forår',
      funder: 'Jobcenter Aarhus',
      country: 'DK',
      startsOn: '2026-01-05',
      endsOn: '2026-12-30',
    }),
  ).id;
  const add = async (givenName: string, cpr: string | null) =>
    ok<{ participant: { id: number } }>(
      await dispatch('participants.create', {
        givenName,
        familyName: 'Ødegård',
        nationalId: cpr ? { country: 'DK', value: cpr } : { country: 'none' },
        email: `${givenName.toLowerCase()}@example.dk`,
        programmeId: programme,
        enrolledOn: '2026-01-05',
      }),
    ).participant.id;
  return { programme, person: await add('Karen', '070761-4285'), other: await add('Ole', null) };
}

describe('records can be deleted and corrected', () => {
  let dir: string;
  let vault: Vault;
  let dispatch: Dispatch;
  const open = async (v: Vault) => {
    vault = v;
    await vault.create(TEST_PASSPHRASE);
    dispatch = createDispatch(
      { vault, dataDir: dir, now: () => NOW, actor: 'KB' },
      new MemoryLogger(),
    );
  };
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    vault.lock();
    removeDir(dir);
  });

  it('unkeyed twin: a deleted document and test result leave no bytes or words in db, wal or shm', async () => {
    await open(unkeyedVault(dir));
    const ids = await ground(dispatch);
    const doc = ok<{ id: number }>(
      await dispatch('documents.add', {
        participantId: ids.person,
        kind: 'application',
        fileName: 'ansøgning.txt',
        mimeType: 'text/plain',
        contentBase64: Buffer.from(DOC_MARKER.repeat(200)).toString('base64'),
      }),
    ).id;
    const assessment = ok<{ id: number }>(
      await dispatch('assessments.add', {
        participantId: ids.person,
        programmeId: null,
        provider: 'MASTER Danmark',
        instrument: 'MPA',
        takenOn: '2026-10-01',
        scores: [{ name: 'Drive', value: 7, min: 0, max: 10 }],
        summary: `Stærk ${SUMMARY_MARKER} og samarbejde`,
        reportDocumentId: null,
      }),
    ).id;
    vault.db.pragmaValue('wal_checkpoint(TRUNCATE)');
    // Positive control: the scan finds both before the deletions.
    expect(rawBytes(vault.paths.db).includes(DOC_MARKER)).toBe(true);
    expect(rawBytes(vault.paths.db).includes(SUMMARY_MARKER)).toBe(true);
    // The index keeps its terms folded to lower case.
    expect(rawBytes(vault.paths.db).includes(SUMMARY_MARKER.toLowerCase())).toBe(true);

    ok(await dispatch('documents.delete', { id: doc }));
    ok(await dispatch('assessments.delete', { id: assessment }));
    expect(rawBytes(vault.paths.db).includes(DOC_MARKER)).toBe(false);
    expect(rawBytes(vault.paths.db).includes(SUMMARY_MARKER)).toBe(false);
    expect(rawBytes(vault.paths.db).includes(SUMMARY_MARKER.toLowerCase())).toBe(false);
    expect(ok<unknown[]>(await dispatch('search.query', { text: SUMMARY_MARKER }))).toEqual([]);
  });

  it('deletes a document and a test result with an audit record naming only the kind', async () => {
    await open(testVault(dir).vault);
    const ids = await ground(dispatch);
    const doc = ok<{ id: number }>(
      await dispatch('documents.add', {
        participantId: ids.person,
        kind: 'cv',
        fileName: 'Karen Ødegård CV.pdf',
        mimeType: 'application/pdf',
        contentBase64: 'JVBERi0=',
      }),
    ).id;
    const assessment = ok<{ id: number }>(
      await dispatch('assessments.add', {
        participantId: ids.person,
        programmeId: null,
        provider: 'MASTER Danmark',
        instrument: 'MPA',
        takenOn: '2026-10-01',
        scores: [{ name: 'Drive', value: 7, min: 0, max: 10 }],
        summary: 'Stærk på samarbejde',
        reportDocumentId: doc,
      }),
    ).id;

    ok(await dispatch('documents.delete', { id: doc }));
    expect(ok<unknown[]>(await dispatch('documents.list', { participantId: ids.person }))).toEqual(
      [],
    );
    expect(await dispatch('documents.content', { id: doc })).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
    expect(vault.db.prepare('SELECT count(*) AS n FROM document_contents').get()).toEqual({ n: 0 });
    // The test result that pointed to it as its report keeps its scores.
    expect(
      ok<{ id: number; reportDocumentId: number | null }[]>(
        await dispatch('assessments.list', { participantId: ids.person }),
      ),
    ).toMatchObject([{ id: assessment, reportDocumentId: null }]);

    ok(await dispatch('assessments.delete', { id: assessment }));
    expect(
      ok<unknown[]>(await dispatch('assessments.list', { participantId: ids.person })),
    ).toEqual([]);
    expect(ok<unknown[]>(await dispatch('search.query', { text: 'samarbejde' }))).toEqual([]);
    // Deleting again: the record is gone, and nothing else was.
    expect(await dispatch('assessments.delete', { id: assessment })).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
    expect(await dispatch('documents.delete', { id: doc })).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });

    const ref = vault.db
      .prepare('SELECT audit_ref AS r FROM participants WHERE id = ?')
      .get<{ r: string }>([ids.person])!.r;
    const trail = vault.db
      .prepare("SELECT actor, subject_ref AS ref, detail FROM audit_log WHERE action = 'delete'")
      .all();
    expect(trail).toEqual([
      { actor: 'KB', ref, detail: 'document:cv' },
      { actor: 'KB', ref, detail: 'assessment' },
    ]);
    // The FTS5 secure-delete switch is off again for everyone else's deletions.
    expect(
      vault.db.prepare("SELECT v FROM search_index_config WHERE k = 'secure-delete'").get(),
    ).toEqual({ v: 0 });
  });

  it('corrects a test result: its day, scores and summary, and the search follows', async () => {
    await open(testVault(dir).vault);
    const ids = await ground(dispatch);
    const a = ok<{ id: number }>(
      await dispatch('assessments.add', {
        participantId: ids.person,
        programmeId: null,
        provider: 'MASTER Danmark',
        instrument: 'MPA',
        takenOn: '2026-10-01',
        scores: [{ name: 'Drive', value: 70, min: 0, max: 100 }],
        summary: 'Skrevet forkert: kvægavl',
        reportDocumentId: null,
      }),
    ).id;
    const fixed = ok(
      await dispatch('assessments.update', {
        id: a,
        takenOn: '2026-09-30',
        scores: [
          { name: 'Drive', value: 7, min: 0, max: 10 },
          { name: 'Struktur', value: 5, min: 0, max: 10 },
        ],
        summary: 'Rettet: stærk på struktur',
      }),
    );
    expect(fixed).toMatchObject({
      id: a,
      provider: 'MASTER Danmark',
      instrument: 'MPA',
      takenOn: '2026-09-30',
      scores: [
        { name: 'Drive', value: 7, min: 0, max: 10 },
        { name: 'Struktur', value: 5, min: 0, max: 10 },
      ],
      summary: 'Rettet: stærk på struktur',
    });
    expect(ok<unknown[]>(await dispatch('search.query', { text: 'kvægavl' }))).toEqual([]);
    expect(ok<unknown[]>(await dispatch('search.query', { text: 'struktur' }))).toHaveLength(1);
    expect(
      await dispatch('assessments.update', {
        id: a + 1,
        takenOn: '2026-09-30',
        scores: [],
        summary: '',
      }),
    ).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });

  it('ends an enrolment with a reason; other needs its own words', async () => {
    await open(testVault(dir).vault);
    const ids = await ground(dispatch);
    const end = (extra: object) =>
      dispatch('enrolments.end', {
        participantId: ids.person,
        programmeId: ids.programme,
        endedOn: '2026-06-01',
        status: 'withdrawn',
        ...extra,
      });
    expect(await end({})).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await end({ reason: 'other' })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'reasonText' },
    });
    expect(await end({ reason: 'job', reasonText: 'x' })).toMatchObject({ ok: false });
    expect(ok(await end({ reason: 'job' }))).toMatchObject({
      status: 'withdrawn',
      endReason: 'job',
      endReasonText: null,
    });
    expect(
      ok(await end({ reason: 'other', reasonText: ' Startet egen virksomhed ' })),
    ).toMatchObject({ endReason: 'other', endReasonText: 'Startet egen virksomhed' });
    // Enrolled again: the old reason goes with the old ending.
    expect(
      ok(
        await dispatch('enrolments.create', {
          participantId: ids.person,
          programmeId: ids.programme,
          enrolledOn: '2026-07-01',
        }),
      ),
    ).toMatchObject({ status: 'active', endReason: null, endReasonText: null });
  });

  it('lists the caseload by status or all, and a duplicate national ID names the other row', async () => {
    await open(testVault(dir).vault);
    const ids = await ground(dispatch);
    ok(
      await dispatch('enrolments.end', {
        participantId: ids.other,
        programmeId: ids.programme,
        endedOn: '2026-06-01',
        status: 'completed',
        reason: 'education',
      }),
    );
    const list = async (status?: string) =>
      ok<{ rows: { id: number }[]; total: number }>(
        await dispatch('caseload.list', {
          sort: 'name',
          offset: 0,
          limit: 50,
          ...(status ? { status } : {}),
        }),
      ).rows.map((r) => r.id);
    expect(await list()).toEqual([ids.person]);
    expect(await list('completed')).toEqual([ids.other]);
    expect((await list('all')).sort()).toEqual([ids.person, ids.other].sort());

    expect(
      await dispatch('participants.create', {
        givenName: 'Karen',
        familyName: 'Hansen',
        nationalId: { country: 'DK', value: '0707614285' },
        email: 'k@example.dk',
        programmeId: ids.programme,
        enrolledOn: '2026-01-05',
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 'duplicateNationalId',
        field: 'nationalId.value',
        details: [`participant:${ids.person}`],
      },
    });
  });
});

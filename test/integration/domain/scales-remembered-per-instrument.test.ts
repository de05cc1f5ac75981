// A test used before offers its score names and scales again: assessments.instruments answers
// each instrument with the scales of its newest result that has them, through the real dispatch
// on a real SQLCipher vault; results without scales and a restricted person's results give none.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../main/ipc/dispatch';
import { MemoryLogger } from '../../../main/vault/logger';
import type { Vault } from '../../../main/vault/vault';
import { ok } from '../../support/ipc-vault';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';

const NOW = new Date('2026-11-22T10:00:00Z');

describe('scales remembered per instrument', () => {
  let dir: string;
  let vault: Vault;
  let dispatch: Dispatch;
  let karen: number;
  let ole: number;

  beforeEach(async () => {
    dir = tempDir();
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
    dispatch = createDispatch(
      { vault, dataDir: dir, now: () => NOW, actor: 'KB' },
      new MemoryLogger(),
    );
    const programme = ok<{ id: number }>(
      await dispatch('programmes.create', {
        name: 'Jobsøgning forår',
        funder: 'Jobcenter Aarhus',
        country: 'DK',
        startsOn: '2026-01-05',
        endsOn: '2026-12-30',
      }),
    ).id;
    const add = async (givenName: string) =>
      ok<{ participant: { id: number } }>(
        await dispatch('participants.create', {
          givenName,
          familyName: 'Ødegård',
          nationalId: { country: 'none' },
          email: `${givenName.toLowerCase()}@example.dk`,
          programmeId: programme,
          enrolledOn: '2026-01-05',
        }),
      ).participant.id;
    karen = await add('Karen');
    ole = await add('Ole');
  });

  afterEach(async () => {
    await vault.lock();
    removeDir(dir);
  });

  const record = (
    participantId: number,
    instrument: string,
    takenOn: string,
    scores: { name: string; value: number; min: number; max: number }[],
  ) =>
    dispatch('assessments.add', {
      participantId,
      programmeId: null,
      provider: 'MASTER Danmark',
      instrument,
      takenOn,
      scores,
      summary: '',
      reportDocumentId: null,
    });

  it('offers the newest result’s names and scales for each test, in their order', async () => {
    expect(ok(await dispatch('assessments.instruments', {}))).toEqual([]);
    ok(
      await record(karen, 'MPA', '2026-02-01', [
        { name: 'Drivkraft', value: 9, min: 0, max: 10 },
        { name: 'Struktur', value: 9, min: 0, max: 100 },
      ]),
    );
    // A later result of the same test, for someone else, with a scale changed: it wins.
    ok(
      await record(ole, 'MPA', '2026-03-01', [
        { name: 'Struktur', value: 40, min: 0, max: 100 },
        { name: 'Drivkraft', value: 3, min: 1, max: 7 },
      ]),
    );
    // An earlier day recorded later does not.
    ok(await record(ole, 'MPA', '2026-01-01', [{ name: 'Tempo', value: 2, min: 0, max: 5 }]));
    ok(
      await record(karen, 'Interessetest', '2026-02-10', [
        { name: 'Social', value: 4.5, min: 1, max: 5 },
      ]),
    );

    expect(ok(await dispatch('assessments.instruments', {}))).toEqual([
      {
        instrument: 'Interessetest',
        provider: 'MASTER Danmark',
        scales: [{ name: 'Social', min: 1, max: 5 }],
      },
      {
        instrument: 'MPA',
        provider: 'MASTER Danmark',
        scales: [
          { name: 'Struktur', min: 0, max: 100 },
          { name: 'Drivkraft', min: 1, max: 7 },
        ],
      },
    ]);
    // The scores themselves come back on their own scales.
    const [newest] = ok<{ scores: unknown[] }[]>(
      await dispatch('assessments.list', { participantId: karen }),
    );
    expect(newest!.scores).toEqual([{ name: 'Social', value: 4.5, min: 1, max: 5 }]);
  });

  it('leaves out a restricted person’s results, and refuses a score off its scale', async () => {
    ok(
      await record(ole, 'Kompetenceprofil', '2026-02-01', [
        { name: 'IT', value: 3, min: 0, max: 4 },
      ]),
    );
    ok(
      await dispatch('participants.restrict', {
        participantId: ole,
        reason: 'Bestrider rigtigheden',
      }),
    );
    expect(ok(await dispatch('assessments.instruments', {}))).toEqual([]);

    expect(
      await record(karen, 'MPA', '2026-02-01', [{ name: 'Drivkraft', value: 11, min: 0, max: 10 }]),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(
      await record(karen, 'MPA', '2026-02-01', [{ name: 'Drivkraft', value: 5, min: 10, max: 0 }]),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(ok<unknown[]>(await dispatch('assessments.list', { participantId: karen }))).toEqual([]);
  });
});

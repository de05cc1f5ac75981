// A participant in two programmes: closing one leaves the other's data intact, row for row.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeOutProgramme } from '../../../main/retention/close-out';
import type { Database } from '../../../main/vault/database';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';
import { NOW, twoProgrammes } from '../../support/two-programmes';

function counts(db: Database, programmeId: number, participantId: number) {
  const n = (sql: string) => Number(db.prepare(sql).get({ p: programmeId, who: participantId })?.n);
  return {
    notes: n('SELECT count(*) AS n FROM notes WHERE programme_id = $p AND participant_id = $who'),
    addenda: n(
      'SELECT count(*) AS n FROM note_addenda a JOIN notes t ON t.id = a.note_id WHERE t.programme_id = $p AND t.participant_id = $who',
    ),
    assessments: n(
      'SELECT count(*) AS n FROM assessments WHERE programme_id = $p AND participant_id = $who',
    ),
    documents: n(
      'SELECT count(*) AS n FROM documents WHERE programme_id = $p AND participant_id = $who',
    ),
    enrolments: n(
      'SELECT count(*) AS n FROM enrolments WHERE programme_id = $p AND participant_id = $who',
    ),
    person: n('SELECT count(*) AS n FROM participants WHERE id = $who AND $p = $p'),
  };
}

describe('shared participant', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('keeps everything of the other programme and only that', async () => {
    const { vault } = testVault(dir);
    await vault.create(TEST_PASSPHRASE);
    const m = twoProgrammes(vault.db, 3, 4);
    const inB = counts(vault.db, m.b, m.shared);
    expect(inB).toEqual({
      notes: 4,
      addenda: 2,
      assessments: 1,
      documents: 1,
      enrolments: 1,
      person: 1,
    });
    expect(counts(vault.db, m.a, m.shared)).toEqual({
      notes: 4,
      addenda: 2,
      assessments: 1,
      documents: 1,
      enrolments: 1,
      person: 1,
    });
    const onlyBBefore = m.onlyB.map((id) => counts(vault.db, m.b, id));

    const paper = Object.fromEntries([...m.onlyA, m.shared].map((id) => [id, 'none' as const]));
    await closeOutProgramme(
      { vault, now: () => NOW, actor: 'KB' },
      { programmeId: m.a, typedName: 'Forløb Alfa', paper, presetId: null },
    );

    expect(counts(vault.db, m.b, m.shared)).toEqual(inB);
    expect(counts(vault.db, m.a, m.shared)).toEqual({
      notes: 0,
      addenda: 0,
      assessments: 0,
      documents: 0,
      enrolments: 0,
      person: 1,
    });
    expect(m.onlyB.map((id) => counts(vault.db, m.b, id))).toEqual(onlyBBefore);
    for (const id of m.onlyA)
      expect(counts(vault.db, m.a, id)).toMatchObject({ person: 0, notes: 0 });
    // Last contact now reflects only the programme that remains.
    const last = vault.db
      .prepare('SELECT last_contact_at AS t FROM participants WHERE id = ?')
      .get<{ t: string }>([m.shared])!.t;
    const maxB = vault.db
      .prepare('SELECT max(occurred_at) AS t FROM notes WHERE participant_id = ?')
      .get<{ t: string }>([m.shared])!.t;
    expect(last).toBe(maxB);
    expect(vault.db.prepare('SELECT status FROM programmes WHERE id = ?').get([m.a])).toEqual({
      status: 'closed',
    });
    vault.lock();
  });

  it('refuses without the typed name or with an incomplete paper checklist, changing nothing', async () => {
    const { vault } = testVault(dir);
    await vault.create(TEST_PASSPHRASE);
    const m = twoProgrammes(vault.db, 2, 2);
    const total = () =>
      vault.db
        .prepare('SELECT (SELECT count(*) FROM notes) + (SELECT count(*) FROM participants) AS n')
        .get()!.n;
    const before = total();
    const ctx = { vault, now: () => NOW, actor: 'KB' };
    const paper = Object.fromEntries([...m.onlyA, m.shared].map((id) => [id, 'none' as const]));
    await expect(
      closeOutProgramme(ctx, { programmeId: m.a, typedName: 'Forløb Beta', paper, presetId: null }),
    ).rejects.toMatchObject({ code: 'confirmationMismatch' });
    const partial = Object.fromEntries(m.onlyA.map((id) => [id, 'none' as const]));
    await expect(
      closeOutProgramme(ctx, {
        programmeId: m.a,
        typedName: 'Forløb Alfa',
        paper: partial,
        presetId: null,
      }),
    ).rejects.toMatchObject({ code: 'paperChecklistIncomplete' });
    expect(total()).toBe(before);
    vault.lock();
  });
});

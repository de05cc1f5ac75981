// The deletion-record chain verifies, and any edited, removed or reordered record is detected.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDeletionRecords, verifyChain } from '../../../main/retention/certificates';
import { closeOutProgramme } from '../../../main/retention/close-out';
import { eraseParticipant } from '../../../main/retention/erase-participant';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';
import { NOW, twoProgrammes } from '../../support/two-programmes';

describe('deletion certificate chain', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('verifies, and detects tampering', async () => {
    const { vault } = testVault(dir);
    await vault.create(TEST_PASSPHRASE);
    const m = twoProgrammes(vault.db, 2, 1);
    const ctx = { vault, now: () => NOW, actor: 'KB' };
    await eraseParticipant(ctx, {
      participantId: m.onlyB[0]!,
      paper: 'none',
      reason: 'dataSubjectRequest',
    });
    const paper = Object.fromEntries([...m.onlyA, m.shared].map((id) => [id, 'shredded' as const]));
    await closeOutProgramme(ctx, {
      programmeId: m.a,
      typedName: 'Forløb Alfa',
      paper,
      presetId: 'dk-jobcentre-coaching',
    });
    await eraseParticipant(ctx, {
      participantId: m.onlyB[1]!,
      paper: 'shredded',
      reason: 'retentionDue',
    });

    const records = listDeletionRecords(vault.db);
    expect(verifyChain(records)).toEqual({ ok: true, records: 3 });
    expect(records.map((r) => r.body.kind)).toEqual([
      'participantErasure',
      'programmeCloseOut',
      'participantErasure',
    ]);
    expect(records[1]!.body.paperNotes).toEqual({ shredded: 3, none: 0 });

    const edited = records.map((r, i) =>
      i === 1 ? { ...r, body: { ...r.body, counts: { ...r.body.counts, sessionNotes: 0 } } } : r,
    );
    expect(verifyChain(edited)).toEqual({ ok: false, records: 3, brokenAt: records[1]!.id });
    expect(verifyChain([records[0]!, records[2]!])).toMatchObject({
      ok: false,
      brokenAt: records[2]!.id,
    });
    expect(verifyChain([records[1]!, records[0]!, records[2]!])).toMatchObject({ ok: false });
    // The table itself is append-only.
    expect(() =>
      vault.db
        .prepare("UPDATE deletion_records SET body = '{}' WHERE id = ?")
        .run([records[0]!.id]),
    ).toThrow(/append-only/);
    vault.lock();
  });
});

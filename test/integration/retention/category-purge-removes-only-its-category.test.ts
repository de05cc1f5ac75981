// A rule acts on its category only: the Norwegian "conversation notes 3 years after last contact"
// falls due for a person still enrolled in an active Danish programme. The purge removes exactly
// those notes and their addenda (row counts per table, raw bytes of an unkeyed twin), keeps
// everything else, writes a hash-chained record with counts and the rule, and finishes the
// shredding like a close-out.
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { search } from '../../../main/domain/search';
import { listDeletionRecords, verifyChain } from '../../../main/retention/certificates';
import {
  categoryPlanHelpers,
  categoryTargetFor,
  dueWithLabels,
} from '../../../main/retention/due-data';
import { reviewCategoryPurge, shredPending } from '../../../main/retention/purge';
import { shredDueCategory } from '../../../main/retention/shred';
import { runIntegrityChecks } from '../../../main/vault/integrity';
import type { Vault } from '../../../main/vault/vault';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';
import { unkeyedVault } from '../../support/unkeyed-vault';
import { NOW, ZONE, ground, rowCounts, type Ground } from '../../support/category-ground';

function rawBytes(dbPath: string): Buffer {
  return Buffer.concat(
    [dbPath, `${dbPath}-wal`, `${dbPath}-shm`].filter(existsSync).map((p) => readFileSync(p)),
  );
}

const found = (bytes: Buffer, needles: string[]) =>
  needles.filter((n) => bytes.includes(Buffer.from(n, 'utf8')));

async function purgeNotes(vault: Vault, g: Ground) {
  return shredDueCategory(
    { vault, now: () => NOW, actor: 'KB' },
    { itemKey: g.key, typedName: 'Kari Nordmannqz', paper: 'none', timeZone: ZONE },
  );
}

describe('a category purge removes its category only', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('keyed vault: the notes rule removes exactly the old notes and their addenda, shows what stays and why', async () => {
    const { vault } = testVault(dir);
    await vault.create(TEST_PASSPHRASE);
    const g = ground(vault.db);
    const due = dueWithLabels(vault.db, NOW, ZONE, 0);
    const keys = due.items.map((i) => i.key);
    expect(keys).toContain(g.key);
    // The Danish programme's assessment and CV are not the Norwegian rules' to delete.
    expect(keys).not.toContain(`lastContact:assessments:participant:${g.person}`);
    expect(keys).not.toContain(`lastContact:documents.cv:participant:${g.person}`);
    // Ola's last contact is recent: nothing of his is due.
    expect(keys.filter((k) => k.endsWith(`participant:${g.other}`))).toEqual([]);

    const { target } = categoryTargetFor(vault.db, NOW, ZONE, g.key);
    const review = reviewCategoryPurge(vault.db, target, categoryPlanHelpers);
    expect(review.wholePerson).toBe(false);
    expect(review.counts).toEqual({ sessionNotes: 3, addenda: 2 });
    expect(review.kept).toEqual(
      expect.arrayContaining([
        {
          category: 'sessionNotes',
          count: 1,
          reason: { kind: 'programme', programme: 'Forløb Nord' },
        },
        {
          category: 'assessments',
          count: 1,
          reason: { kind: 'programme', programme: 'Forløb Nord' },
        },
        {
          category: 'documents.cv',
          count: 1,
          reason: { kind: 'programme', programme: 'Forløb Nord' },
        },
        // The agreement is still in force; so is the enrolment in the Norwegian programme.
        { category: 'consents', count: 1, reason: { kind: 'stillActive' } },
        { category: 'enrolmentData', count: 1, reason: { kind: 'stillActive' } },
      ]),
    );

    // The name must be typed in full.
    await expect(
      shredDueCategory(
        { vault, now: () => NOW, actor: 'KB' },
        { itemKey: g.key, typedName: 'Kari', paper: 'none', timeZone: ZONE },
      ),
    ).rejects.toMatchObject({ code: 'confirmationMismatch' });

    const before = rowCounts(vault.db);
    const { record, finishing, wholePerson } = await purgeNotes(vault, g);
    const after = rowCounts(vault.db);
    expect(wholePerson).toBe(false);
    expect(finishing).toBe('done');
    expect(shredPending(vault.db)).toBe(false);
    expect(after).toEqual({
      ...before,
      notes: before.notes! - 3,
      note_addenda: before.note_addenda! - 2,
    });

    expect(record.body.kind).toBe('categoryPurge');
    expect(record.body.counts).toEqual({ sessionNotes: 3, addenda: 2 });
    expect(record.body.rule).toMatchObject({
      presetId: 'no-recruitment-guidance',
      trigger: 'lastContact',
    });
    expect(record.body.basis?.rules).toEqual([{ category: 'sessionNotes', period: 'P3Y' }]);
    expect(record.body.scope.participantsErased).toBe(0);
    expect(listDeletionRecords(vault.db)[0]?.oldKeyDestroyed).toBe(true);
    const certificate = Buffer.from(JSON.stringify(listDeletionRecords(vault.db)));
    expect(found(certificate, [...g.gone, ...g.kept, 'Kari'])).toEqual([]);
    expect(verifyChain(listDeletionRecords(vault.db))).toEqual({ ok: true, records: 1 });

    for (const marker of g.gone) expect(search(vault.db, marker, 10)).toEqual([]);
    expect(search(vault.db, 'DKNOTEmk', 10)).toHaveLength(1);
    // Nothing of that category is left to purge under the rule: the item is no longer due.
    expect(dueWithLabels(vault.db, NOW, ZONE, 0).items.map((i) => i.key)).not.toContain(g.key);
    expect(runIntegrityChecks(vault.db).ok).toBe(true);
    vault.lock();
  });

  it('unkeyed twin, same code: the raw bytes hold none of the purged markers and every kept one', async () => {
    const vault = unkeyedVault(dir);
    await vault.create(TEST_PASSPHRASE);
    const g = ground(vault.db);
    vault.db.pragmaValue('wal_checkpoint(TRUNCATE)');
    // The search is not blind: before the purge every marker is in the raw bytes.
    expect(found(rawBytes(vault.paths.db), g.gone)).toEqual(g.gone);
    await purgeNotes(vault, g);
    expect(found(rawBytes(vault.paths.db), g.gone)).toEqual([]);
    expect(found(rawBytes(vault.paths.db), g.kept)).toEqual(g.kept);
    vault.lock();
    expect(found(rawBytes(vault.paths.db), g.gone)).toEqual([]);
  });
});

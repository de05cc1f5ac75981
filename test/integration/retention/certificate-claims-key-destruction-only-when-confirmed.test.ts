// A deletion record claims "old key destroyed" only once the vault confirms it: a new record says
// the rekey follows, reads as pending until the rekey is noted AND the keychain confirmed, and the
// hash chain still verifies across records written before (old claim) and after the change.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../main/ipc/dispatch';
import {
  appendDeletionRecord,
  getDeletionRecord,
  listDeletionRecords,
  recordHash,
  verifyChain,
  type CertificateBody,
} from '../../../main/retention/certificates';
import { confirmKeyDestruction, noteRekeyCovers } from '../../../main/vault/key-destruction';
import { MemoryLogger } from '../../../main/vault/logger';
import type { Vault } from '../../../main/vault/vault';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';

const body = (cryptoShredding: CertificateBody['cryptoShredding']): CertificateBody => ({
  kind: 'participantErasure',
  at: '2026-11-22T10:00:00.000Z',
  consultant: 'KB',
  scope: {
    programmeId: null,
    country: null,
    participantsErased: 1,
    participantsKeptForOtherProgrammes: 0,
  },
  counts: { participant: 1, sessionNotes: 4 },
  rule: { presetId: null, trigger: 'request', reason: 'dataSubjectRequest' },
  paperNotes: { shredded: 0, none: 1 },
  cryptoShredding,
  backups: 'noBackupFolderConfigured',
});

const ok = <T>(r: unknown): T => {
  expect(r).toMatchObject({ ok: true });
  return (r as { value: T }).value;
};

describe('a deletion certificate claims the old key destroyed only when confirmed', () => {
  let dir: string;
  let vault: Vault;
  beforeEach(async () => {
    dir = tempDir();
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
  });
  afterEach(() => {
    vault.lock();
    removeDir(dir);
  });

  it('is pending until the rekey is noted and the keychain confirms; the mixed chain verifies', async () => {
    const db = vault.db;
    const append = (b: CertificateBody) => db.transaction(() => appendDeletionRecord(db, b));
    const destroyed = () => listDeletionRecords(db).map((r) => [r.id, r.oldKeyDestroyed]);

    // Written before the change: the body itself carries the claim, and it stands.
    const legacy = append(body('vaultRekeyedOldKeyDestroyed'));
    expect(legacy.oldKeyDestroyed).toBe(true);

    // Written now: the purge records only that the rekey follows.
    const fresh = append(body('vaultRekeyFollows'));
    expect(fresh.oldKeyDestroyed).toBe(false);
    expect(getDeletionRecord(db, fresh.id)?.oldKeyDestroyed).toBe(false);
    expect(destroyed()).toEqual([
      [legacy.id, true],
      [fresh.id, false],
    ]);

    // A rekey that started (or failed at the keychain) does not make it true.
    noteRekeyCovers(db);
    expect(getDeletionRecord(db, fresh.id)?.oldKeyDestroyed).toBe(false);

    // The keychain confirms: now it is true, for that record and those before it only.
    confirmKeyDestruction(db);
    expect(getDeletionRecord(db, fresh.id)?.oldKeyDestroyed).toBe(true);
    const later = append(body('vaultRekeyFollows'));
    expect(later.oldKeyDestroyed).toBe(false);
    expect(destroyed()).toEqual([
      [legacy.id, true],
      [fresh.id, true],
      [later.id, false],
    ]);
    // A confirmation with no new rekey noted covers nothing newer.
    confirmKeyDestruction(db);
    expect(getDeletionRecord(db, later.id)?.oldKeyDestroyed).toBe(false);
    expect(getDeletionRecord(db, 9999)).toBeNull();

    // The chain (old literal, then new value) verifies; the flag is outside the hashed body.
    const records = listDeletionRecords(db);
    expect(verifyChain(records)).toEqual({ ok: true, records: 3 });
    for (const r of records) {
      expect(r.body).not.toHaveProperty('oldKeyDestroyed');
      expect(recordHash(r.prevHash, r.body)).toBe(r.hash);
    }
    expect(records.map((r) => r.body.cryptoShredding)).toEqual([
      'vaultRekeyedOldKeyDestroyed',
      'vaultRekeyFollows',
      'vaultRekeyFollows',
    ]);
    // Swapping a new record's value for the old claim breaks the chain at that record.
    const forged = records.map((r) =>
      r.id === later.id
        ? { ...r, body: { ...r.body, cryptoShredding: 'vaultRekeyedOldKeyDestroyed' as const } }
        : r,
    );
    expect(verifyChain(forged)).toEqual({ ok: false, records: 3, brokenAt: later.id });

    // Over IPC: the list and the JSON export state it beside the body, not inside it.
    const dispatch = createDispatch(
      { vault, dataDir: dir, now: () => new Date('2026-11-22T11:00:00Z'), actor: 'KB' },
      new MemoryLogger(),
    );
    const list = ok<{ records: { id: number; oldKeyDestroyed: boolean }[]; chain: unknown }>(
      await dispatch('retention.certificates.list', {}),
    );
    expect(list.records.map((r) => [r.id, r.oldKeyDestroyed])).toEqual(destroyed());
    expect(list.chain).toEqual({ ok: true, records: 3 });
    for (const [id, expected] of destroyed()) {
      const json = ok<{ contentBase64: string }>(
        await dispatch('retention.certificates.export', { id, format: 'json', locale: 'en' }),
      );
      const exported = JSON.parse(Buffer.from(json.contentBase64, 'base64').toString()) as {
        prevHash: string;
        hash: string;
        body: CertificateBody;
        finishing: { oldKeyDestroyed: boolean };
      };
      expect(exported.finishing).toMatchObject({ oldKeyDestroyed: expected });
      expect(recordHash(exported.prevHash, exported.body)).toBe(exported.hash);
    }
  });
});

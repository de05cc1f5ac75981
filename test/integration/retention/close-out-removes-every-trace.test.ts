// After a close-out, nothing of the shredded programme is left: not in the raw file bytes of an
// unkeyed vault running the same code, not in any query (FTS included) on the keyed vault.
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { search } from '../../../main/domain/search';
import { listDeletionRecords, verifyChain } from '../../../main/retention/certificates';
import { reviewCloseOut } from '../../../main/retention/purge';
import { closeOutProgramme } from '../../../main/retention/close-out';
import { runIntegrityChecks } from '../../../main/vault/integrity';
import type { Vault } from '../../../main/vault/vault';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';
import { NOW, twoProgrammes } from '../../support/two-programmes';
import { unkeyedVault } from '../../support/unkeyed-vault';

function rawBytes(dbPath: string): Buffer {
  return Buffer.concat(
    [dbPath, `${dbPath}-wal`, `${dbPath}-shm`].filter(existsSync).map((p) => readFileSync(p)),
  );
}

function found(bytes: Buffer, needles: string[]): string[] {
  return needles.filter((n) => bytes.includes(Buffer.from(n, 'utf8')));
}

async function closeA(vault: Vault, a: number, onlyA: number[], shared: number) {
  const paper = Object.fromEntries([...onlyA, shared].map((id) => [id, 'shredded' as const]));
  return closeOutProgramme(
    { vault, now: () => NOW, actor: 'KB' },
    { programmeId: a, typedName: 'Forløb Alfa', paper, presetId: 'dk-jobcentre-coaching' },
  );
}

describe('close-out removes every trace', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('unkeyed vault, same code: raw db, wal and shm hold no shredded marker, name, ID or e-mail', async () => {
    const vault = unkeyedVault(dir);
    await vault.create(TEST_PASSPHRASE);
    const m = twoProgrammes(vault.db);
    vault.db.pragmaValue('wal_checkpoint(TRUNCATE)');
    // The search is not blind: before the close-out every marker is in the raw bytes.
    expect(found(rawBytes(vault.paths.db), m.gone)).toEqual(m.gone);

    await closeA(vault, m.a, m.onlyA, m.shared);
    expect(found(rawBytes(vault.paths.db), m.gone)).toEqual([]);
    // What belongs to programme B is all still there.
    expect(found(rawBytes(vault.paths.db), m.kept)).toEqual(m.kept);
    vault.lock();
    expect(found(rawBytes(vault.paths.db), m.gone)).toEqual([]);
  });

  it('keyed vault: no query reaches the shredded data, FTS included; the other programme is whole', async () => {
    const { vault } = testVault(dir);
    await vault.create(TEST_PASSPHRASE);
    const m = twoProgrammes(vault.db);
    const review = reviewCloseOut(vault.db, m.a);
    expect(review.participants).toHaveLength(m.onlyA.length + 1);
    expect(review.participants.find((p) => p.id === m.shared)?.keptFor).toEqual(['Forløb Beta']);
    expect(review.counts).toMatchObject({
      participant: m.onlyA.length,
      consents: m.onlyA.length,
      'documents.cv': m.onlyA.length + 1,
    });

    const { record } = await closeA(vault, m.a, m.onlyA, m.shared);
    expect(record.body.counts).toEqual(review.counts);
    for (const marker of m.gone) {
      expect(search(vault.db, marker, 10)).toEqual([]);
    }
    const tables = [
      'notes',
      'note_addenda',
      'participants',
      'documents',
      'assessments',
      'consents',
      'audit_log',
      'search_index',
    ];
    const rows = tables.map((t) => vault.db.prepare(`SELECT * FROM ${t}`).all());
    const blobs = vault.db
      .prepare('SELECT bytes FROM document_contents')
      .all<{ bytes: Uint8Array<ArrayBuffer> }>()
      .map((r) => Buffer.from(r.bytes).toString('latin1'));
    const everything = Buffer.from(JSON.stringify([rows, blobs]));
    expect(found(everything, m.gone)).toEqual([]);
    // National IDs are stored as digits only; the rest of programme B's markers are all reachable.
    expect(found(everything, m.kept)).toEqual(m.kept);
    expect(runIntegrityChecks(vault.db).ok).toBe(true);
    // The certificate holds no personal data. It names the programme and its funder (a
    // programme is not personal data; issue 8 asks for both on the certificate).
    const certificate = JSON.stringify(listDeletionRecords(vault.db));
    expect(found(Buffer.from(certificate), [...m.gone, ...m.kept])).toEqual([]);
    expect(found(Buffer.from(certificate), ['Forløb Alfa'])).toEqual(['Forløb Alfa']);
    expect(verifyChain(listDeletionRecords(vault.db))).toEqual({ ok: true, records: 1 });
    vault.lock();
  });
});

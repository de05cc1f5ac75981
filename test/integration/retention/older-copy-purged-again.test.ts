// A copy of the data folder from before a shredding (an OS backup, a folder copied off the
// stick) put back: the unlock applies the shreddings recorded in the keychain's ledger again
// before anything is shown, the shredded people are neither readable nor searchable, the copy
// is rekeyed (its old key opens it no more), the chain is the same as before, and the
// consultant is told. Real SQLCipher files, the real keychain, through the IPC table.
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../main/ipc/dispatch';
import { ledgerEntryAccount, ledgerHeadAccount } from '../../../main/retention/shred-ledger';
import { readKeyFile, unwrapKeys } from '../../../main/vault/key-file';
import { KeytarKeyStore } from '../../../main/vault/keytar-key-store';
import { MemoryLogger } from '../../../main/vault/logger';
import { openSqlCipher } from '../../../main/vault/sqlcipher-driver';
import type { Vault } from '../../../main/vault/vault';
import { NOW as GROUND_NOW, ground } from '../../support/category-ground';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';
import { twoProgrammes } from '../../support/two-programmes';

const ok = <T>(r: unknown): T => {
  expect(r).toMatchObject({ ok: true });
  return (r as { value: T }).value;
};

describe('an older copy of the vault put back', () => {
  let root: string;
  let dataDir: string;
  let copyDir: string;
  let vault: Vault;
  let dispatch: Dispatch;
  const keychain = new KeytarKeyStore();

  beforeEach(async () => {
    root = tempDir();
    dataDir = join(root, 'data');
    copyDir = join(root, 'copy');
    vault = testVault(dataDir, keychain).vault;
    await vault.create(TEST_PASSPHRASE);
    dispatch = createDispatch(
      { vault, dataDir, now: () => new Date('2026-11-22T09:00:00Z'), actor: 'KB' },
      new MemoryLogger(),
    );
  });
  afterEach(() => {
    vault.lock();
    removeDir(root);
  });

  /** The consultant locks; the folder is copied aside, as Time Machine or a USB copy would. */
  async function copyTheFolder(): Promise<void> {
    ok(await dispatch('vault.lock', {}));
    cpSync(dataDir, copyDir, { recursive: true });
    ok(await dispatch('vault.unlock', {}));
  }

  /** The copy put back in place of the data folder, then unlocked as the consultant would. */
  async function putTheCopyBackAndUnlock() {
    ok(await dispatch('vault.lock', {}));
    rmSync(dataDir, { recursive: true, force: true });
    cpSync(copyDir, dataDir, { recursive: true });
    const oldKey = (await unwrapKeys(readKeyFile(vault.paths.keyFile), TEST_PASSPHRASE)).current;
    // The keychain holds the newer copy's key, which this copy does not know: refused, unchanged.
    expect(await dispatch('vault.unlock', {})).toMatchObject({ ok: false });
    const answer = ok<{ reapplied: unknown; keychain: string }>(
      await dispatch('vault.unlockWithPassphrase', { passphrase: TEST_PASSPHRASE }),
    );
    return { answer, oldKey };
  }

  it('a close-out and an erasure after the copy: both applied again at unlock, the consultant told', async () => {
    const m = twoProgrammes(vault.db, 2, 2);
    await copyTheFolder();

    const paper = Object.fromEntries([...m.onlyA, m.shared].map((id) => [id, 'shredded' as const]));
    ok(await dispatch('retention.closeOut', { programmeId: m.a, typedName: 'Forløb Alfa', paper }));
    ok(
      await dispatch('retention.eraseParticipant', {
        participantId: m.onlyB[0]!,
        typedName: 'GivB0xq FamB0qz',
        paper: 'none',
        reason: 'dataSubjectRequest',
      }),
    );
    const chainAfter = ok<{ records: { hash: string }[] }>(
      await dispatch('retention.certificates.list', {}),
    ).records.map((r) => r.hash);
    expect(chainAfter).toHaveLength(2);
    // The ledger in the keychain holds both: head and one entry per record.
    const vaultId = vault.vaultId()!;
    expect(JSON.parse((await keychain.getText(ledgerHeadAccount(vaultId)))!)).toMatchObject({
      v: 2,
      count: 2,
    });
    expect(await keychain.getText(ledgerEntryAccount(vaultId, 1))).toMatch(/^\d+\|/);

    // Before: the copy still holds everyone.
    const { answer, oldKey } = await putTheCopyBackAndUnlock();
    // The keychain's entry is the newer copy's key: left as it is, and the page is told.
    expect(answer.keychain).toBe('conflict');
    expect(answer.reapplied).toEqual({
      shreddings: 2,
      people: m.onlyA.length + 1,
      notReapplied: 0,
    });
    // Not readable: every shredded person is gone; the others are all there.
    for (const id of [...m.onlyA, m.onlyB[0]!]) {
      expect(await dispatch('participants.get', { id })).toMatchObject({
        ok: false,
        error: { code: 'notFound' },
      });
    }
    for (const id of [m.shared, m.onlyB[1]!]) ok(await dispatch('participants.get', { id }));
    // Not searchable: names, notes and addenda of the shredded people find nothing.
    const searchable = m.gone.filter((g) => /^(Fam|NOTE|ADD)/.test(g));
    expect(searchable.length).toBeGreaterThan(4);
    for (const text of [...searchable, 'FamB0qz', 'NOTEB00mk']) {
      expect(ok<unknown[]>(await dispatch('search.query', { text }))).toEqual([]);
    }
    expect(ok<unknown[]>(await dispatch('search.query', { text: 'FamB1qz' }))).not.toEqual([]);
    expect(ok<unknown[]>(await dispatch('search.query', { text: 'NOTEB10mk' }))).not.toEqual([]);
    // The same chain, record for record (the copy's chain was a prefix of it).
    const certs = ok<{ records: { hash: string }[]; chain: { ok: boolean } }>(
      await dispatch('retention.certificates.list', {}),
    );
    expect(certs.chain.ok).toBe(true);
    expect(certs.records.map((r) => r.hash)).toEqual(chainAfter);
    // The finishing ran on the copy: nothing pending, and the copy's old key no longer opens it.
    expect(
      ok<{ finishingPending: unknown }>(await dispatch('retention.due', {})).finishingPending,
    ).toBeNull();
    ok(await dispatch('vault.lock', {}));
    const old = openSqlCipher(vault.paths.db, oldKey);
    expect(() => old.prepare('SELECT count(*) AS n FROM sqlite_master').get()).toThrow();
    old.close();
    // The next unlock finds nothing missing.
    expect(
      ok<{ reapplied: unknown; keychain: string }>(
        await dispatch('vault.unlockWithPassphrase', { passphrase: TEST_PASSPHRASE }),
      ),
    ).toEqual({ reapplied: null, keychain: 'conflict', recovery: 'ok' });
    // The consultant keeps this copy on this computer: its key replaces the other copy's, the
    // old keys are confirmed destroyed, and the keychain unlocks it from now on.
    expect(ok(await dispatch('vault.keepKeyInKeychain', {}))).toEqual({ keychain: 'ok' });
    const confirmed = ok<{ records: { oldKeyDestroyed: boolean }[] }>(
      await dispatch('retention.certificates.list', {}),
    );
    expect(confirmed.records.map((r) => r.oldKeyDestroyed)).toEqual([true, true]);
    ok(await dispatch('vault.lock', {}));
    expect(ok(await dispatch('vault.unlock', {}))).toEqual({
      recovery: 'ok',
      keychain: 'ok',
      reapplied: null,
    });
  });

  it('a category purge after the copy: only those notes and addenda go from the copy', async () => {
    const g = ground(vault.db);
    await copyTheFolder();
    const late = createDispatch(
      { vault, dataDir, now: () => GROUND_NOW, actor: 'KB' },
      new MemoryLogger(),
    );
    const review = ok<{ counts: Record<string, number> }>(
      await late('retention.reviewItem', { itemKey: g.key }),
    );
    expect(review.counts).toEqual({ sessionNotes: 3, addenda: 2 });
    ok(
      await late('retention.purgeItem', {
        itemKey: g.key,
        typedName: 'Kari Nordmannqz',
        paper: 'none',
      }),
    );
    const { answer } = await putTheCopyBackAndUnlock();
    expect(answer.reapplied).toEqual({ shreddings: 1, people: 0, notReapplied: 0 });
    for (const text of g.gone)
      expect(ok<unknown[]>(await dispatch('search.query', { text }))).toEqual([]);
    for (const text of ['DKNOTEmk', 'DKADDmk', 'OLANOTEmk', 'Nordmannqz'])
      expect(ok<unknown[]>(await dispatch('search.query', { text }))).not.toEqual([]);
  });

  it("another copy's backups taken after the newest shredding stay beside this copy's fresh one", async () => {
    const m = twoProgrammes(vault.db, 1, 1);
    const folder = join(root, 'backups');
    mkdirSync(folder);
    let at = Date.parse('2026-11-22T09:00:00Z');
    const clocked = createDispatch(
      {
        vault,
        dataDir,
        now: () => new Date((at += 60_000)),
        actor: 'KB',
        pickFolder: async () => folder,
      },
      new MemoryLogger(),
    );
    ok(await clocked('backups.chooseFolder', {}));
    ok(await clocked('backups.run', {}));
    ok(await clocked('vault.lock', {}));
    cpSync(dataDir, copyDir, { recursive: true });
    ok(await clocked('vault.unlock', {}));
    ok(
      await clocked('retention.eraseParticipant', {
        participantId: m.onlyB[0]!,
        typedName: 'GivB0xq FamB0qz',
        paper: 'none',
        reason: 'dataSubjectRequest',
      }),
    );
    // The newer copy's backups: the fresh one of the erasure, and a later one (the next day's).
    ok(await clocked('backups.run', {}));
    const newer = ok<{ backups: { name: string }[] }>(await clocked('backups.status', {})).backups;
    expect(newer).toHaveLength(2);

    ok(await clocked('vault.lock', {}));
    rmSync(dataDir, { recursive: true, force: true });
    cpSync(copyDir, dataDir, { recursive: true });
    const answer = ok<{ reapplied: unknown }>(
      await clocked('vault.unlockWithPassphrase', { passphrase: TEST_PASSPHRASE }),
    );
    expect(answer.reapplied).toMatchObject({ shreddings: 1 });
    const after = ok<{ backups: { name: string }[] }>(await clocked('backups.status', {})).backups;
    // Both of the newer copy's backups stay (taken after the erasure), and this copy has its
    // own fresh one; the backup from before the erasure (which held the person) is gone.
    expect(after).toHaveLength(3);
    for (const b of newer) expect(after.map((x) => x.name)).toContain(b.name);
    expect(readdirSync(folder).filter((f) => f.endsWith('.key.json'))).toHaveLength(3);
  });

  it('a copy with every shredding already in it: nothing applied, nothing said', async () => {
    twoProgrammes(vault.db, 1, 1);
    await copyTheFolder();
    ok(await dispatch('vault.lock', {}));
    rmSync(dataDir, { recursive: true, force: true });
    cpSync(copyDir, dataDir, { recursive: true });
    expect(ok<{ reapplied: unknown }>(await dispatch('vault.unlock', {})).reapplied).toBeNull();
  });
});

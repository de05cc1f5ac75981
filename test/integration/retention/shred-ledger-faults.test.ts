// The shredding ledger under attack: big and non-Latin-1 entries, damaged entries, a keychain
// that does not answer, failing writes while a close-out finishes, copies that went their own
// way, row ids reused for someone else, and another vault's entries in the same keychain. Real
// SQLCipher files and the real (private) keychain; the only stand-ins are a key store that
// refuses chosen calls as an unavailable keychain does, and a durable seam that fails one
// named write.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enrol } from '../../../main/domain/enrolments';
import { createParticipant } from '../../../main/domain/participants';
import { createProgramme } from '../../../main/domain/programmes';
import { addAddendum, createDraft, lockNote } from '../../../main/domain/session-notes';
import { createDispatch } from '../../../main/ipc/dispatch';
import { canonical, listDeletionRecords, verifyChain } from '../../../main/retention/certificates';
import { shredPending } from '../../../main/retention/purge';
import { closeOutProgramme } from '../../../main/retention/close-out';
import { eraseParticipant } from '../../../main/retention/erase-participant';
import { shredDueCategory, type ShredContext } from '../../../main/retention/shred';
import {
  ledgerEntryAccount,
  ledgerHeadAccount,
  reconcileLedger,
} from '../../../main/retention/shred-ledger';
import type { Tombstone } from '../../../main/retention/tombstones';
import type { Database } from '../../../main/vault/database';
import { directWrites, type DurablePoint, type DurableWrites } from '../../../main/vault/durable';
import { KeychainUnavailableError } from '../../../main/vault/errors';
import { keychainAccount, TEXT_ENTRY_MAX, type KeyStore } from '../../../main/vault/key-store';
import { KeytarKeyStore } from '../../../main/vault/keytar-key-store';
import { MemoryLogger } from '../../../main/vault/logger';
import { Vault } from '../../../main/vault/vault';
import { TEST_KDF, TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';
import { NOW, twoProgrammes } from '../../support/two-programmes';

const keychain = new KeytarKeyStore();

/**
 * The real keychain, except that its text entries (the ledger) can be made to fail as an
 * unavailable keychain does: all of them (`down`), or every getText after the next n
 * (`answerGetTexts(n)`). Every text account it is asked for is recorded.
 */
class FlakyKeychain implements KeyStore {
  down = false;
  readonly asked: string[] = [];
  #getTextsBeforeDown = Infinity;
  #getTexts = 0;
  constructor(private readonly real: KeyStore) {}
  get = (a: string) => this.real.get(a);
  set = (a: string, k: Uint8Array) => this.real.set(a, k);
  delete = (a: string) => this.real.delete(a);
  accounts = () => this.real.accounts();
  /** From now on, `n` more getText calls answer; every later one fails (Infinity: all answer). */
  answerGetTexts(n: number): void {
    this.#getTexts = 0;
    this.#getTextsBeforeDown = n;
  }
  async getText(account: string): Promise<string | null> {
    this.asked.push(account);
    if (this.down || this.#getTexts++ >= this.#getTextsBeforeDown)
      throw new KeychainUnavailableError('timeout');
    return this.real.getText(account);
  }
  async setText(account: string, text: string): Promise<void> {
    this.asked.push(account);
    if (this.down) throw new KeychainUnavailableError('timeout');
    return this.real.setText(account, text);
  }
}

/** Every durable write runs, except the next one at an armed point, which fails with its error. */
class ArmedWrites implements DurableWrites {
  readonly armed = new Map<DurablePoint, Error>();
  readonly seen: DurablePoint[] = [];
  #check(point: DurablePoint): void {
    this.seen.push(point);
    const err = this.armed.get(point);
    if (err) {
      this.armed.delete(point);
      throw err;
    }
  }
  write<T>(point: DurablePoint, run: () => T): T {
    this.#check(point);
    return run();
  }
  async writeAsync<T>(point: DurablePoint, run: () => Promise<T>): Promise<T> {
    this.#check(point);
    return run();
  }
}

const ok = <T>(r: unknown): T => {
  expect(r).toMatchObject({ ok: true });
  return (r as { value: T }).value;
};

const count = (db: Database, sql: string, params: (string | number)[] = []): number =>
  Number(db.prepare(sql).get<{ n: number }>(params)?.n ?? 0);

const paperFor = (ids: readonly number[]) =>
  Object.fromEntries(ids.map((id) => [id, 'shredded' as const]));

/** The same escaping the ledger uses: JSON with everything outside printable ASCII as \uXXXX. */
const asciiJson = (value: unknown) =>
  JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

describe('the shredding ledger under faults', () => {
  let root: string;
  let dataDir: string;
  let vault: Vault;
  let at: number;
  const now = () => new Date((at += 60_000));

  beforeEach(() => {
    root = tempDir();
    dataDir = join(root, 'data');
    at = Date.parse('2026-11-22T09:00:00Z');
  });
  afterEach(() => {
    vault?.lock();
    removeDir(root);
  });

  async function newVault(keyStore: KeyStore = keychain, durable?: DurableWrites): Promise<Vault> {
    // As testVault builds it, with the durable seam when one is given.
    const made = new Vault({
      dataDir,
      keyStore,
      logger: new MemoryLogger(),
      kdfCost: TEST_KDF,
      ...(durable && { durable }),
    });
    await made.create(TEST_PASSPHRASE);
    vault = made;
    return made;
  }

  const ctx = (actor = 'KB'): ShredContext => ({ vault, now, actor });

  function reconcile(keyStore: KeyStore = keychain, durable: DurableWrites = directWrites) {
    return reconcileLedger({
      db: vault.db,
      vaultId: vault.vaultId()!,
      keyStore,
      durable,
      now,
    });
  }

  /** The consultant locks; the data folder is copied aside (an OS backup, a USB stick). */
  async function copyTheFolder(name: string): Promise<string> {
    const to = join(root, name);
    vault.lock();
    cpSync(dataDir, to, { recursive: true });
    await vault.unlock();
    return to;
  }

  /** A copy put back in place of the data folder and opened with the recovery passphrase. */
  async function putBack(copy: string): Promise<void> {
    vault.lock();
    rmSync(dataDir, { recursive: true, force: true });
    cpSync(copy, dataDir, { recursive: true });
    await vault.unlockWithPassphrase(TEST_PASSPHRASE);
  }

  async function head(vaultId = vault.vaultId()!) {
    const text = await keychain.getText(ledgerHeadAccount(vaultId));
    return text === null
      ? null
      : (JSON.parse(text) as { v: number; ledgerId: string; count: number });
  }

  /** Every stored part of entry n (part 0 with its "k|" prefix), read until the first missing. */
  async function parts(n: number, vaultId = vault.vaultId()!): Promise<string[]> {
    const found: string[] = [];
    for (let i = 0; ; i++) {
      const text = await keychain.getText(ledgerEntryAccount(vaultId, n, i));
      if (text === null) return found;
      found.push(text);
    }
  }

  /** Entry n's JSON text, its parts joined as the ledger reads them. */
  async function entryText(n: number): Promise<string> {
    const [first, ...rest] = await parts(n);
    const m = /^(\d+)\|/.exec(first!)!;
    return [first!.slice(m[0].length), ...rest.slice(0, Number(m[1]) - 1)].join('');
  }

  /** Writes entry n's JSON text back, split as the ledger splits it. */
  async function writeEntryText(n: number, text: string): Promise<void> {
    const size = TEXT_ENTRY_MAX - 8;
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
    for (let i = 0; i < chunks.length; i++) {
      const account = ledgerEntryAccount(vault.vaultId()!, n, i);
      await keychain.setText(account, i === 0 ? `${chunks.length}|${chunks[0]}` : chunks[i]!);
    }
  }

  const chain = () => listDeletionRecords(vault.db).map((r) => r.hash);
  const exists = (id: number) =>
    count(vault.db, 'SELECT count(*) AS n FROM participants WHERE id = ?', [id]) === 1;

  /** Everything programme `p` and its people hold, as rows: equal before and after means untouched. */
  function footprint(p: number, people: readonly number[]): string {
    const ids = JSON.stringify(people);
    const rows = (sql: string, params: (string | number)[]) => vault.db.prepare(sql).all(params);
    return JSON.stringify([
      rows('SELECT * FROM programmes WHERE id = ?', [p]),
      rows('SELECT * FROM participants WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id', [
        ids,
      ]),
      ...['notes', 'assessments', 'documents', 'enrolments'].map((t) =>
        rows(`SELECT * FROM ${t} WHERE programme_id = ? ORDER BY id`, [p]),
      ),
      rows(
        'SELECT * FROM audit_log WHERE subject_ref IN (SELECT audit_ref FROM participants WHERE id IN (SELECT value FROM json_each(?))) ORDER BY rowid',
        [ids],
      ),
    ]);
  }

  it('a close-out of 60 people enrolled only there: its entry is 3 ASCII parts of at most 1,200 characters, and an older copy loses all 60', async () => {
    await newVault();
    const m = twoProgrammes(vault.db, 60, 1);
    const refs = vault.db
      .prepare(
        'SELECT audit_ref AS ref FROM participants WHERE id IN (SELECT value FROM json_each(?))',
      )
      .all<{ ref: string }>([JSON.stringify(m.onlyA)])
      .map((r) => r.ref);
    const older = await copyTheFolder('older');

    const { finishing } = await closeOutProgramme(ctx(), {
      programmeId: m.a,
      typedName: 'Forløb Alfa',
      paper: paperFor([...m.onlyA, m.shared]),
      presetId: null,
    });
    expect(finishing).toBe('done');
    const after = chain();
    expect(await head()).toMatchObject({ v: 2, count: 1 });

    const stored = await parts(1);
    // 60 references of 36 characters and the record: well over one entry's room.
    expect(stored.length).toBeGreaterThanOrEqual(3);
    expect(stored[0]).toMatch(new RegExp(`^${stored.length}\\|`));
    for (const part of stored) {
      expect(part.length).toBeLessThanOrEqual(TEXT_ENTRY_MAX);
      expect(part).toMatch(/^[\x20-\x7e]*$/);
    }
    // 'Forløb Alfa' is in the record: escaped, not stored as a two-byte character.
    expect(stored.join('')).toContain('Forl\\u00f8b Alfa');
    const entry = JSON.parse(await entryText(1)) as { tombstone: Tombstone };
    expect(entry.tombstone).toMatchObject({ kind: 'programme', programmeId: m.a });
    expect([...(entry.tombstone as { people: string[] }).people].sort()).toEqual([...refs].sort());

    await putBack(older);
    expect(m.onlyA.every(exists)).toBe(true);
    expect(await reconcile()).toEqual({
      catchUp: { shreddings: 1, people: 60, notReapplied: 0 },
    });
    expect(m.onlyA.filter(exists)).toEqual([]);
    expect([m.shared, ...m.onlyB].every(exists)).toBe(true);
    expect(count(vault.db, 'SELECT count(*) AS n FROM notes WHERE programme_id = ?', [m.a])).toBe(
      0,
    );
    expect(chain()).toEqual(after);
    expect(shredPending(vault.db)).toBe(true);
  });

  it("a record naming the consultant 'Máret Ŋ.': stored as ASCII escapes, replayed with the identical body and hash", async () => {
    await newVault();
    const m = twoProgrammes(vault.db, 2, 1);
    const older = await copyTheFolder('older');
    const dispatch = createDispatch({ vault, dataDir, now, actor: 'KB' }, new MemoryLogger());
    ok(
      await dispatch('settings.issuer.save', {
        consultantName: 'Máret Ŋ.',
        organisationName: 'Sámi Bargu',
        organisationAddress: 'Guovdageaidnu',
      }),
    );
    ok(
      await dispatch('retention.eraseParticipant', {
        participantId: m.onlyB[0]!,
        typedName: 'GivB0xq FamB0qz',
        paper: 'none',
        reason: 'dataSubjectRequest',
      }),
    );
    const [original] = vault.db
      .prepare('SELECT body, hash FROM deletion_records')
      .all<{ body: string; hash: string }>();
    expect(JSON.parse(original!.body)).toMatchObject({ consultant: 'Máret Ŋ.' });

    const stored = (await parts(1)).join('');
    expect(stored).toMatch(/^[\x20-\x7e]*$/);
    expect(stored).toContain('M\\u00e1ret \\u014a.');

    await putBack(older);
    expect(await reconcile()).toEqual({ catchUp: { shreddings: 1, people: 1, notReapplied: 0 } });
    const replayed = vault.db
      .prepare('SELECT body, hash FROM deletion_records')
      .all<{ body: string; hash: string }>();
    expect(replayed).toEqual([original]);
    expect(verifyChain(listDeletionRecords(vault.db))).toEqual({ ok: true, records: 1 });
    expect(exists(m.onlyB[0]!)).toBe(false);
  });

  describe('a damaged entry 2 of 3 (a close-out of 40 between two erasures)', () => {
    const damage: [string, (n: number) => Promise<void>][] = [
      [
        'its part 1 missing',
        async (n) => {
          expect((await parts(n)).length).toBeGreaterThanOrEqual(2);
          expect(await keychain.delete(ledgerEntryAccount(vault.vaultId()!, n, 1))).toBe(true);
        },
      ],
      [
        'its JSON edited to "tombstone":{,',
        async (n) => {
          const text = await entryText(n);
          expect(text).toContain('"tombstone":{');
          await writeEntryText(n, text.replace('"tombstone":{', '"tombstone":{,'));
        },
      ],
      [
        "its body's consultant changed from KB to KC, hash kept",
        async (n) => {
          const entry = JSON.parse(await entryText(n)) as { body: string };
          const body = JSON.parse(entry.body) as { consultant: string };
          expect(body.consultant).toBe('KB');
          await writeEntryText(
            n,
            asciiJson({ ...entry, body: canonical({ ...body, consultant: 'KC' }) }),
          );
        },
      ],
      [
        'it names position n=3',
        async (n) => {
          const entry = JSON.parse(await entryText(n)) as { n: number };
          expect(entry.n).toBe(n);
          await writeEntryText(n, asciiJson({ ...entry, n: 3 }));
        },
      ],
    ];

    it.each(damage)(
      'entry 2 with %s: notReapplied 1, the 40 people and their programme untouched, both erasures applied',
      async (_label, damageIt) => {
        await newVault();
        const m = twoProgrammes(vault.db, 40, 1);
        const older = await copyTheFolder('older');
        const [x, y] = [m.onlyB[0]!, m.onlyB[1]!];
        const erase = (participantId: number) =>
          eraseParticipant(ctx(), { participantId, paper: 'none', reason: 'dataSubjectRequest' });
        await erase(x);
        await closeOutProgramme(ctx(), {
          programmeId: m.a,
          typedName: 'Forløb Alfa',
          paper: paperFor([...m.onlyA, m.shared]),
          presetId: null,
        });
        await erase(y);
        const [r1, r2, r3] = listDeletionRecords(vault.db);
        expect((await head())!.count).toBe(3);
        await damageIt(2);

        await putBack(older);
        const before = footprint(m.a, [...m.onlyA, m.shared]);
        expect(await reconcile()).toEqual({
          catchUp: { shreddings: 2, people: 2, notReapplied: 1 },
        });
        // Nothing from the bad entry: the programme, its 40 people and all they hold are as they were.
        expect(footprint(m.a, [...m.onlyA, m.shared])).toBe(before);
        expect(m.onlyA.every(exists)).toBe(true);
        // The good ones around it applied, and only their records added.
        expect([x, y].filter(exists)).toEqual([]);
        const records = listDeletionRecords(vault.db);
        expect(records.map((r) => r.body)).toEqual([r1!.body, r3!.body]);
        expect(records.map((r) => r.body)).not.toContainEqual(r2!.body);
        expect(verifyChain(records).ok).toBe(true);
        // The ledger only ever grows (this copy held nothing it lacked), and nothing is left to do.
        expect(await head()).toMatchObject({ v: 2, count: 3 });
        expect(await reconcile()).toEqual({
          catchUp: { shreddings: 0, people: 0, notReapplied: 0 },
        });
      },
    );
  });

  it.each([
    ['deleted', null],
    ['cut short to {"v":1,"count":1', '{"v":1,"count":1'],
  ] as const)(
    'the head %s: the older copy still gets the 1 erasure from entry 1, and the head is written again',
    async (_label, text) => {
      await newVault();
      const m = twoProgrammes(vault.db, 2, 1);
      const older = await copyTheFolder('older');
      await eraseParticipant(ctx(), {
        participantId: m.onlyB[0]!,
        paper: 'none',
        reason: 'dataSubjectRequest',
      });
      const original = chain();
      const account = ledgerHeadAccount(vault.vaultId()!);
      if (text === null) expect(await keychain.delete(account)).toBe(true);
      else await keychain.setText(account, text);

      await putBack(older);
      expect(await reconcile()).toEqual({
        catchUp: { shreddings: 1, people: 1, notReapplied: 0 },
      });
      expect(exists(m.onlyB[0]!)).toBe(false);
      expect(chain()).toEqual(original);
      expect(await head()).toMatchObject({ v: 2, count: 1 });
      expect(await reconcile()).toEqual({ catchUp: { shreddings: 0, people: 0, notReapplied: 0 } });
    },
  );

  it('a catch-up transaction failing with SQLITE_FULL: the unlock answers diskFull and locks, nothing applied; the next unlock applies the 1 erasure once', async () => {
    const writes = new ArmedWrites();
    await newVault(keychain, writes);
    const m = twoProgrammes(vault.db, 2, 1);
    const older = await copyTheFolder('older');
    await eraseParticipant(ctx(), {
      participantId: m.onlyB[0]!,
      paper: 'none',
      reason: 'dataSubjectRequest',
    });
    const original = chain();
    const dispatch = createDispatch({ vault, dataDir, now, actor: 'KB' }, new MemoryLogger());
    ok(await dispatch('vault.lock', {}));
    rmSync(dataDir, { recursive: true, force: true });
    cpSync(older, dataDir, { recursive: true });

    writes.armed.set(
      'ledger.catchUp',
      Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }),
    );
    expect(
      await dispatch('vault.unlockWithPassphrase', { passphrase: TEST_PASSPHRASE }),
    ).toMatchObject({ ok: false, error: { code: 'diskFull' } });
    expect(vault.state()).toBe('locked');
    const answer = ok<{ reapplied: unknown }>(
      await dispatch('vault.unlockWithPassphrase', { passphrase: TEST_PASSPHRASE }),
    );
    expect(answer.reapplied).toEqual({ shreddings: 1, people: 1, notReapplied: 0 });
    expect(exists(m.onlyB[0]!)).toBe(false);
    expect(chain()).toEqual(original);
  });

  it("keychain unavailable at unlock: 'unchecked', the older copy and the ledger unchanged; the next unlock applies the 1 erasure", async () => {
    const flaky = new FlakyKeychain(keychain);
    await newVault(flaky);
    const m = twoProgrammes(vault.db, 2, 1);
    const older = await copyTheFolder('older');
    const dispatch = createDispatch({ vault, dataDir, now, actor: 'KB' }, new MemoryLogger());
    await eraseParticipant(ctx(), {
      participantId: m.onlyB[0]!,
      paper: 'none',
      reason: 'dataSubjectRequest',
    });
    const id = vault.vaultId()!;
    const ledgerBefore = [await head(), await parts(1)];

    ok(await dispatch('vault.lock', {}));
    rmSync(dataDir, { recursive: true, force: true });
    cpSync(older, dataDir, { recursive: true });
    flaky.down = true;
    flaky.asked.length = 0;
    // The key calls work (the passphrase stores the key); every ledger call times out.
    const answer = ok<{ reapplied: unknown }>(
      await dispatch('vault.unlockWithPassphrase', { passphrase: TEST_PASSPHRASE }),
    );
    expect(answer.reapplied).toBe('unchecked');
    expect(flaky.asked).toEqual([ledgerHeadAccount(id)]);
    // Nothing changed: the person is there, no record, no shredding pending.
    expect(exists(m.onlyB[0]!)).toBe(true);
    expect(count(vault.db, 'SELECT count(*) AS n FROM deletion_records')).toBe(0);
    expect(shredPending(vault.db)).toBe(false);
    expect(await reconcile(flaky)).toEqual({ catchUp: 'unchecked' });
    expect([await head(), await parts(1)]).toEqual(ledgerBefore);

    flaky.down = false;
    ok(await dispatch('vault.lock', {}));
    const next = ok<{ reapplied: unknown }>(
      await dispatch('vault.unlockWithPassphrase', { passphrase: TEST_PASSPHRASE }),
    );
    expect(next.reapplied).toEqual({ shreddings: 1, people: 1, notReapplied: 0 });
    expect(exists(m.onlyB[0]!)).toBe(false);
    expect(count(vault.db, 'SELECT count(*) AS n FROM deletion_records')).toBe(1);
  });

  it('keychain gone after entry 1 of 2 was applied: unlock says unchecked; the next applies entry 2 only, 2 records in all', async () => {
    const flaky = new FlakyKeychain(keychain);
    await newVault(flaky);
    const m = twoProgrammes(vault.db, 2, 1);
    const older = await copyTheFolder('older');
    const dispatch = createDispatch({ vault, dataDir, now, actor: 'KB' }, new MemoryLogger());
    for (const participantId of [m.onlyB[0]!, m.onlyB[1]!])
      await eraseParticipant(ctx(), { participantId, paper: 'none', reason: 'dataSubjectRequest' });
    const original = chain();

    ok(await dispatch('vault.lock', {}));
    rmSync(dataDir, { recursive: true, force: true });
    cpSync(older, dataDir, { recursive: true });
    // The head and entry 1 are read; then the keychain stops answering.
    flaky.answerGetTexts(2);
    const answer = ok<{ reapplied: unknown }>(
      await dispatch('vault.unlockWithPassphrase', { passphrase: TEST_PASSPHRASE }),
    );
    expect(answer.reapplied).toBe('unchecked');
    expect(exists(m.onlyB[0]!)).toBe(false);
    expect(exists(m.onlyB[1]!)).toBe(true);
    expect(chain()).toEqual(original.slice(0, 1));

    flaky.answerGetTexts(Infinity);
    ok(await dispatch('vault.lock', {}));
    const next = ok<{ reapplied: unknown }>(
      await dispatch('vault.unlockWithPassphrase', { passphrase: TEST_PASSPHRASE }),
    );
    expect(next.reapplied).toEqual({ shreddings: 1, people: 1, notReapplied: 0 });
    expect(exists(m.onlyB[1]!)).toBe(false);
    expect(chain()).toEqual(original);
    expect(await reconcile()).toEqual({ catchUp: { shreddings: 0, people: 0, notReapplied: 0 } });
  });

  it.each(['ledger.entry', 'ledger.head'] as const)(
    'a close-out whose %s write fails: pending keychainUnavailable, head stays at 1; the next unlock writes it out (2 records), and a second reconcile writes nothing',
    async (point) => {
      const writes = new ArmedWrites();
      await newVault(keychain, writes);
      const m = twoProgrammes(vault.db, 3, 1);
      const older = await copyTheFolder('older');
      await eraseParticipant(ctx(), {
        participantId: m.onlyB[0]!,
        paper: 'none',
        reason: 'dataSubjectRequest',
      });
      expect((await head())!.count).toBe(1);

      writes.armed.set(point, new KeychainUnavailableError('timeout'));
      const { finishing } = await closeOutProgramme(ctx(), {
        programmeId: m.a,
        typedName: 'Forløb Alfa',
        paper: paperFor([...m.onlyA, m.shared]),
        presetId: null,
      });
      expect(writes.armed.size).toBe(0);
      expect(finishing).toEqual({ pending: 'keychainUnavailable', vaultLocked: false });
      const after = chain();
      expect(after).toHaveLength(2);
      // The head still names the older, whole prefix.
      expect(await head()).toMatchObject({ v: 2, count: 1 });

      // The next unlock: reconcile first thing.
      vault.lock();
      const dispatch = createDispatch({ vault, dataDir, now, actor: 'KB' }, new MemoryLogger());
      expect(ok<{ reapplied: unknown }>(await dispatch('vault.unlock', {})).reapplied).toBeNull();
      expect(await head()).toMatchObject({ v: 2, count: 2 });
      expect(JSON.parse(await entryText(2))).toMatchObject({ n: 2, hash: after[1] });
      expect(chain()).toEqual(after);
      const quiet = new ArmedWrites();
      expect(await reconcile(keychain, quiet)).toEqual({
        catchUp: { shreddings: 0, people: 0, notReapplied: 0 },
      });
      expect(quiet.seen).toEqual([]);

      // An older copy gets both, each once.
      await putBack(older);
      expect(await reconcile()).toEqual({
        catchUp: { shreddings: 2, people: 1 + m.onlyA.length, notReapplied: 0 },
      });
      expect(chain()).toEqual(after);
      expect(await reconcile()).toEqual({ catchUp: { shreddings: 0, people: 0, notReapplied: 0 } });
      expect(count(vault.db, 'SELECT count(*) AS n FROM deletion_records')).toBe(2);
    },
  );

  it("copy B with its own erasure while the ledger holds A's two: B gets A's two, the ledger B's three; an older A then gets B's and A's second, 3 records each", async () => {
    await newVault();
    const m = twoProgrammes(vault.db, 3, 1);
    const [p1, p2, p3] = m.onlyB as [number, number, number];
    const copyB = await copyTheFolder('copyB');
    const erase = (participantId: number, c: ShredContext = ctx()) =>
      eraseParticipant(c, { participantId, paper: 'none', reason: 'dataSubjectRequest' });
    await erase(p1);
    const olderA = await copyTheFolder('olderA');
    await erase(p2);
    const chainA = listDeletionRecords(vault.db);
    expect((await head())!.count).toBe(2);

    // B goes its own way on another laptop (its own keychain) and erases p3 there.
    const laptop = join(root, 'laptop');
    cpSync(copyB, laptop, { recursive: true });
    const other = new KeytarKeyStore('Fortrolig-other-laptop');
    const b = testVault(laptop, other).vault;
    await b.unlockWithPassphrase(TEST_PASSPHRASE);
    await eraseParticipant(
      { vault: b, now, actor: 'KB' },
      { participantId: p3, paper: 'none', reason: 'dataSubjectRequest' },
    );
    const ownB = listDeletionRecords(b.db);
    expect(ownB).toHaveLength(1);
    b.lock();

    // B's folder comes back to this computer.
    await putBack(laptop);
    expect(await reconcile()).toEqual({ catchUp: { shreddings: 2, people: 2, notReapplied: 0 } });
    expect([p1, p2, p3].filter(exists)).toEqual([]);
    const chainB = listDeletionRecords(vault.db);
    expect(chainB.map((r) => r.body)).toEqual([ownB[0]!.body, chainA[0]!.body, chainA[1]!.body]);
    expect(verifyChain(chainB).ok).toBe(true);
    // Append-only: A's two entries stay where they were, and B's own erasure is added as the third.
    expect(await head()).toMatchObject({ v: 2, count: 3 });
    const ledgerBodies = [chainA[0]!.body, chainA[1]!.body, ownB[0]!.body];
    for (let n = 1; n <= 3; n++)
      expect(JSON.parse(await entryText(n))).toMatchObject({
        n,
        body: canonical(ledgerBodies[n - 1]),
      });
    expect(await reconcile()).toEqual({ catchUp: { shreddings: 0, people: 0, notReapplied: 0 } });

    // The older copy of A (p1 erased only) put back after that.
    await putBack(olderA);
    expect(exists(p2) && exists(p3)).toBe(true);
    expect(await reconcile()).toEqual({ catchUp: { shreddings: 2, people: 2, notReapplied: 0 } });
    expect([p1, p2, p3].filter(exists)).toEqual([]);
    const bodies = listDeletionRecords(vault.db).map((r) => r.body);
    expect(bodies).toEqual(ledgerBodies);
    expect(new Set(bodies).size).toBe(3);
    expect(verifyChain(listDeletionRecords(vault.db)).ok).toBe(true);
    expect(await reconcile()).toEqual({ catchUp: { shreddings: 0, people: 0, notReapplied: 0 } });
  });

  it("a rule's tombstone naming Kari's note ids 4-6, applied to a copy where 4-6 are Ola's notes: Ola's notes and addenda stay", async () => {
    await newVault();
    const db = () => vault.db;
    const no = createProgramme(
      db(),
      {
        name: 'Veiledning Bergen',
        funder: 'NAV Vestland',
        country: 'NO',
        startsOn: '2022-01-01',
        endsOn: '2022-12-31',
      },
      NOW,
    ).id;
    const dk = createProgramme(
      db(),
      {
        name: 'Forløb Nord',
        funder: 'Jobcenter Aalborg',
        country: 'DK',
        startsOn: '2021-01-01',
        endsOn: '2027-06-30',
      },
      NOW,
    ).id;
    const person = (givenName: string, familyName: string) =>
      createParticipant(
        db(),
        {
          givenName,
          familyName,
          nationalId: { country: 'none' },
          email: `${givenName}@example.no`,
        },
        NOW,
      ).participant.id;
    const note = (participantId: number, programmeId: number, occurredAt: string, body: string) => {
      const n = createDraft(
        db(),
        { participantId, programmeId, occurredAt, kind: 'meeting', body },
        NOW,
      );
      lockNote(db(), n.id, NOW);
      addAddendum(db(), n.id, `Tillegg ${body}`, NOW);
      return n.id;
    };
    const kari = person('Kari', 'Nordmannqz');
    enrol(db(), kari, no, '2022-01-10');
    enrol(db(), kari, dk, '2021-02-01');
    // A Danish note the DK rules keep (so the rule leaves the person), and Ola's recent ones.
    note(kari, dk, '2021-06-01T10:00:00Z', 'DKNOTEmk');
    const ola = person('Ola', 'Bergqz');
    enrol(db(), ola, no, '2022-01-10');
    note(ola, no, '2026-10-01T10:00:00Z', 'OLANOTE0mk');
    note(ola, no, '2026-10-02T10:00:00Z', 'OLANOTE1mk');
    const copyB = await copyTheFolder('copyB');

    // A: Kari's old Norwegian notes (the next ids), then the rule removes them.
    const kariOld = [1, 2, 3].map((i) =>
      note(kari, no, `2022-0${2 + i}-01T10:00:00Z`, `KARIOLD${i}mk`),
    );
    expect(kariOld).toEqual([4, 5, 6]);
    const { wholePerson } = await shredDueCategory(ctx(), {
      itemKey: `lastContact:sessionNotes:participant:${kari}`,
      typedName: 'Kari Nordmannqz',
      paper: 'none',
      timeZone: 'Europe/Oslo',
    });
    expect(wholePerson).toBe(false);
    const entry = JSON.parse(await entryText(1)) as { tombstone: Tombstone };
    expect(entry.tombstone).toMatchObject({ kind: 'rows' });
    const named = (entry.tombstone as { rows: { notes: [number, string][] } }).rows.notes;
    expect(named.map(([id]) => id).sort()).toEqual(kariOld);
    // Each row is named with its own stamp (created_at), not by its id alone.
    for (const [, stamp] of named) expect(stamp).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    // B went its own way: the same ids went to Ola's new notes.
    await putBack(copyB);
    const olaNew = [0, 1, 2].map((i) =>
      note(ola, no, `2026-11-0${1 + i}T10:00:00Z`, `OLANEW${i}mk`),
    );
    expect(olaNew).toEqual(kariOld);
    const olaRows = () =>
      JSON.stringify([
        db().prepare('SELECT * FROM notes WHERE participant_id = ? ORDER BY id').all([ola]),
        db()
          .prepare(
            'SELECT a.* FROM note_addenda a JOIN notes n ON n.id = a.note_id WHERE n.participant_id = ? ORDER BY a.id',
          )
          .all([ola]),
        db().prepare('SELECT * FROM participants WHERE id = ?').all([ola]),
      ]);
    const kariRows = () =>
      count(db(), 'SELECT count(*) AS n FROM notes WHERE participant_id = ?', [kari]);
    const olaBefore = olaRows();
    expect(kariRows()).toBe(1);

    expect(await reconcile()).toEqual({ catchUp: { shreddings: 1, people: 0, notReapplied: 0 } });
    expect(olaRows()).toBe(olaBefore);
    expect(count(db(), 'SELECT count(*) AS n FROM notes WHERE id IN (4, 5, 6)')).toBe(3);
    expect(count(db(), 'SELECT count(*) AS n FROM notes WHERE participant_id = ?', [ola])).toBe(5);
    expect(kariRows()).toBe(1);
    expect(exists(kari)).toBe(true);
  });

  it("another vault's 2 entries in the same keychain: never read, and its programme 1's close-out never touches this vault's programme 1", async () => {
    // Vault X, in its own folder: closes programme 1 and erases one person.
    dataDir = join(root, 'x');
    const x = await newVault();
    const mx = twoProgrammes(x.db, 2, 1);
    await closeOutProgramme(ctx(), {
      programmeId: mx.a,
      typedName: 'Forløb Alfa',
      paper: paperFor([...mx.onlyA, mx.shared]),
      presetId: null,
    });
    await eraseParticipant(ctx(), {
      participantId: mx.onlyB[0]!,
      paper: 'none',
      reason: 'dataSubjectRequest',
    });
    const xId = x.vaultId()!;
    expect((await head(xId))!.count).toBe(2);
    const xLedger = [await head(xId), await parts(1, xId), await parts(2, xId)];
    x.lock();

    // Vault Y, same keychain: the same programme ids, one erasure of its own, an older copy put back.
    dataDir = join(root, 'y');
    const recording = new FlakyKeychain(keychain);
    const y = await newVault(recording);
    const my = twoProgrammes(y.db, 2, 1);
    expect(my.a).toBe(mx.a);
    const older = await copyTheFolder('older-y');
    await eraseParticipant(ctx(), {
      participantId: my.onlyB[1]!,
      paper: 'none',
      reason: 'dataSubjectRequest',
    });
    await putBack(older);
    const before = footprint(my.a, [...my.onlyA, my.shared]);
    recording.asked.length = 0;
    expect(await reconcile(recording)).toEqual({
      catchUp: { shreddings: 1, people: 1, notReapplied: 0 },
    });
    const yPrefix = `${keychainAccount(y.vaultId()!)}:`;
    expect(recording.asked.length).toBeGreaterThan(0);
    expect(recording.asked.filter((a) => !a.startsWith(yPrefix))).toEqual([]);
    expect(recording.asked.filter((a) => a.includes(xId))).toEqual([]);
    // Y's programme 1 and its people as they were; only Y's own erasure applied.
    expect(footprint(my.a, [...my.onlyA, my.shared])).toBe(before);
    expect(exists(my.onlyB[0]!)).toBe(true);
    expect(exists(my.onlyB[1]!)).toBe(false);
    expect(listDeletionRecords(y.db)).toHaveLength(1);
    // X's ledger untouched.
    expect([await head(xId), await parts(1, xId), await parts(2, xId)]).toEqual(xLedger);
  });

  it("a write-out interrupted after a catch-up drops nothing: the ledger holds a1 and a2 (p1, p2), copy B its own b1 (p3); B's first append fails; an older copy still loses p1 and p2, then p3 once B's append lands", async () => {
    await newVault();
    const m = twoProgrammes(vault.db, 3, 1);
    const [p1, p2, p3] = m.onlyB as [number, number, number];
    const oldest = await copyTheFolder('oldest');
    const copyB = await copyTheFolder('copyB');
    const erase = (participantId: number, c: ShredContext = ctx()) =>
      eraseParticipant(c, { participantId, paper: 'none', reason: 'dataSubjectRequest' });
    await erase(p1);
    await erase(p2);
    expect((await head())!.count).toBe(2);

    // B went its own way on another laptop and erased p3 there.
    const laptop = join(root, 'laptop');
    cpSync(copyB, laptop, { recursive: true });
    const b = testVault(laptop, new KeytarKeyStore('Fortrolig-other-laptop')).vault;
    await b.unlockWithPassphrase(TEST_PASSPHRASE);
    await eraseParticipant(
      { vault: b, now, actor: 'KB' },
      {
        participantId: p3,
        paper: 'none',
        reason: 'dataSubjectRequest',
      },
    );
    b.lock();

    // B back on this computer: the catch-up applies a1 and a2, then appending b1 fails.
    await putBack(laptop);
    const failing = new ArmedWrites();
    failing.armed.set('ledger.entry', new KeychainUnavailableError('timeout'));
    await expect(reconcile(keychain, failing)).rejects.toBeInstanceOf(KeychainUnavailableError);
    expect([p1, p2, p3].filter(exists)).toEqual([]);
    expect((await head())!.count).toBe(2);

    // The oldest copy now: both of the ledger's shreddings still reach it.
    const backB = join(root, 'backB');
    vault.lock();
    cpSync(dataDir, backB, { recursive: true });
    await putBack(oldest);
    expect(await reconcile()).toEqual({ catchUp: { shreddings: 2, people: 2, notReapplied: 0 } });
    expect([p1, p2].filter(exists)).toEqual([]);
    expect(exists(p3)).toBe(true);

    // B once more: its own erasure is appended this time, and then reaches the oldest copy too.
    const oldestAfter = join(root, 'oldestAfter');
    vault.lock();
    cpSync(dataDir, oldestAfter, { recursive: true });
    await putBack(backB);
    expect(await reconcile()).toEqual({ catchUp: { shreddings: 0, people: 0, notReapplied: 0 } });
    expect((await head())!.count).toBe(3);
    await putBack(oldestAfter);
    expect(await reconcile()).toEqual({ catchUp: { shreddings: 1, people: 1, notReapplied: 0 } });
    expect([p1, p2, p3].filter(exists)).toEqual([]);
    expect(count(vault.db, 'SELECT count(*) AS n FROM deletion_records')).toBe(3);
  });

  it("a programme id made twice in copies that went their own way: A's close-out of its 'Gamma' (id 3) leaves B's 'Delta' (id 3), its enrolment and note untouched", async () => {
    await newVault();
    twoProgrammes(vault.db, 1, 1);
    const copyB = await copyTheFolder('copyB');
    const programme = (name: string) =>
      createProgramme(
        vault.db,
        { name, funder: 'NAV Vest', country: 'NO', startsOn: '2026-01-01', endsOn: '2026-10-31' },
        new Date(now()),
      ).id;
    const member = (family: string, p: number) => {
      const id = createParticipant(
        vault.db,
        { givenName: 'Bent', familyName: family, nationalId: { country: 'none' }, email: 'b@e.no' },
        new Date(now()),
      ).participant.id;
      enrol(vault.db, id, p, '2026-02-01');
      createDraft(
        vault.db,
        {
          participantId: id,
          programmeId: p,
          occurredAt: '2026-03-01T10:00:00Z',
          kind: 'meeting',
          body: `Samtale ${family}`,
        },
        new Date(now()),
      );
      return id;
    };
    const gamma = programme('Gamma');
    const other = member('Gammaqz', gamma);
    await closeOutProgramme(ctx(), {
      programmeId: gamma,
      typedName: 'Gamma',
      paper: paperFor([other]),
      presetId: null,
    });

    // B: its own programme got the same id, with Bent in it.
    await putBack(copyB);
    const delta = programme('Delta');
    expect(delta).toBe(gamma);
    const bent = member('Deltaqz', delta);
    const before = footprint(delta, [bent]);
    expect(await reconcile()).toEqual({ catchUp: { shreddings: 1, people: 0, notReapplied: 0 } });
    expect(footprint(delta, [bent])).toBe(before);
    expect(
      vault.db
        .prepare('SELECT status FROM programmes WHERE id = ?')
        .get<{ status: string }>([delta])!.status,
    ).not.toBe('closed');
  });
});

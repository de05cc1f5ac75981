// The shredding ledger: every deletion record and its tombstone, mirrored in the OS keychain, so
// that an older copy of the vault put back (an OS backup such as Time Machine, a data folder or
// a backup pair copied off the stick) is purged again before anything in it is shown. The
// keychain is the one store outside the data folder that a copy of the folder does not roll
// back, and it already holds the vault key (whoever can write it can read the vault, so its
// entries are trusted as the key is; they are checked for form and by their record hashes).
//
// Stores (issue 8, item 3):
//   V  the vault's chain: deletion_records with shred_tombstones, one transaction per purge;
//      and its mark M (vault meta `shredLedgerMark`): { ledgerId, seen, written } = the ledger
//      it last reconciled with, how many of that ledger's entries it has taken in, and the
//      newest of its own record ids written out there.
//   E(n)  keychain text entry `vault:<id>:shred:<n>` (and `…:<n>.<i>` for its further parts):
//         one deletion record (body, prevHash, hash) and its tombstone (null for a record from
//         before tombstones). At most TEXT_ENTRY_MAX characters per part.
//   H  keychain text entry `vault:<id>:shreds`: { ledgerId, count }. ledgerId is a random id
//      made when this keychain's ledger is first written.
//
// The ledger is append-only: an entry at a position H.count covers is never written again.
// Invariant: every E(1..H.count) is whole (entries are written before H, so a crash between
// leaves H naming the older count, and the entries past it are free to be written again).
// A record is known by its body (canonical JSON, which names its instant and consultant), so
// the same shredding is never applied or written twice, whatever its position or chain hash.
//
// Transitions:
//   purge        V gains a record (its tombstone with it); the ledger lacks it until write-out.
//   catch-up     (at every unlock before the first screen; and in every shredding's finishing)
//                read E(from..H.count), from = M.seen + 1 if M names this ledger, else 1; each
//                entry whose body V lacks is applied to V: its tombstone, and the same body
//                appended to V's chain, one transaction each ('ledger.catchUp'), with the
//                shredding marked pending, so merge, VACUUM, rekey and backup replacement follow.
//   write-out    V's records newer than M.written (all, if M names another ledger) whose bodies
//                the entries just read do not hold are appended as E(H.count+1 …)
//                ('ledger.entry'), then H.count grows ('ledger.head'), then M is set to
//                { ledgerId, seen: H.count, written: newest record id } ('ledger.mark').
//                A crash or failed write before H leaves the ledger as it was; before M, the
//                next run re-reads the new entries, finds their bodies in V, and skips them.
//   H missing or damaged (deleted from the keychain, edited): E(1), E(2), … up to the first
//                absent one stand for it, under a new ledgerId (every vault then reads all).
//   keychain unavailable or locked: catch-up cannot look; the unlock goes on and says the
//                ledger was not checked, and the check runs again at the next unlock.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '../vault/database';
import type { DurableWrites } from '../vault/durable';
import { KeychainLockedError, KeychainUnavailableError } from '../vault/errors';
import { keychainAccount, TEXT_ENTRY_MAX, type KeyStore } from '../vault/key-store';
import { CertificateBody } from './certificate-body';
import { canonical, GENESIS_HASH, recordHash } from './certificates';
import { markShredPending } from './purge';
import { applyTombstone, readTombstone, Tombstone, writeTombstone } from './tombstones';

/** Keychain account of the ledger's head: `vault:<id>:shreds`. */
export function ledgerHeadAccount(vaultId: string): string {
  return `${keychainAccount(vaultId)}:shreds`;
}

/** Keychain account of part `part` (0-based) of ledger entry `n` (1-based). */
export function ledgerEntryAccount(vaultId: string, n: number, part = 0): string {
  return `${keychainAccount(vaultId)}:shred:${n}${part === 0 ? '' : `.${part}`}`;
}

const Head = z.strictObject({
  v: z.literal(2),
  ledgerId: z.uuid(),
  count: z.number().int().nonnegative(),
});
type Head = z.infer<typeof Head>;

/** The vault's mark of the ledger it last reconciled with (see M above). */
const Mark = z.strictObject({
  ledgerId: z.uuid(),
  seen: z.number().int().nonnegative(),
  written: z.number().int().nonnegative(),
});
type Mark = z.infer<typeof Mark>;
const MARK_KEY = 'shredLedgerMark';

const Entry = z.strictObject({
  v: z.literal(1),
  n: z.number().int().positive(),
  /** The record's body exactly as the vault stores it (canonical JSON text). */
  body: z.string().max(1_000_000),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  tombstone: Tombstone.nullable(),
});
type Entry = z.infer<typeof Entry>;

/**
 * What the unlock tells the consultant: how many shreddings recorded in the keychain this copy
 * of the vault lacked and had applied again, how many people that removed, and how many it
 * lacked but could not apply (an unreadable entry; or a record from before tombstones, which
 * is restored to the chain though what it removed cannot be named again).
 */
export type CatchUp = Readonly<{ shreddings: number; people: number; notReapplied: number }>;

/** The outcome of reconciling: 'unchecked' when the keychain could not be read. */
export type LedgerOutcome = Readonly<{ catchUp: CatchUp | 'unchecked' }>;

type VaultRecord = { id: number; body: string; prevHash: string; hash: string };

/**
 * Catch-up, then write-out (see the top of this file). Call with the vault unlocked, before
 * anything is shown (unlock) and in every shredding's finishing.
 * @returns what catch-up did, or 'unchecked' when the keychain is unavailable or locked at the
 *   first read (nothing is changed then).
 * @throws KeychainUnavailableError or KeychainLockedError from a later keychain call (the write-out
 *   is then incomplete: the finishing answers pending); SQLite errors from a catch-up transaction
 *   (that entry is not applied; nothing half-applied stays).
 */
export async function reconcileLedger(
  ctx: Readonly<{
    db: Database;
    vaultId: string;
    keyStore: KeyStore;
    durable: DurableWrites;
    now: () => Date;
  }>,
): Promise<LedgerOutcome> {
  let head: Head | null;
  let count: number;
  try {
    head = parseHead(await ctx.keyStore.getText(ledgerHeadAccount(ctx.vaultId)));
    // Without a readable head the entries still name shreddings: E(1), E(2), … up to the
    // first absent one stand for it.
    count = head ? head.count : await countEntries(ctx.keyStore, ctx.vaultId);
  } catch (err) {
    if (err instanceof KeychainUnavailableError || err instanceof KeychainLockedError)
      return { catchUp: 'unchecked' };
    throw err;
  }
  const mark = readMark(ctx.db);
  const known =
    head !== null && mark !== null && mark.ledgerId === head.ledgerId && mark.seen <= count;
  // Catch-up: the entries this vault has not taken in yet.
  const read = new Set<string>();
  const catchUp = await applyMissing(ctx, known ? mark.seen + 1 : 1, count, read);
  // Write-out: this vault's own records the ledger does not hold yet, appended.
  const records = vaultRecords(ctx.db);
  const newest = records.length > 0 ? records[records.length - 1]!.id : 0;
  const fresh = records.filter((r) => r.id > (known ? mark.written : 0) && !read.has(r.body));
  for (const [i, record] of fresh.entries()) await writeEntry(ctx, count + 1 + i, record);
  const next: Head = {
    v: 2,
    ledgerId: head?.ledgerId ?? randomUUID(),
    count: count + fresh.length,
  };
  if (!head || head.count !== next.count) {
    await ctx.durable.writeAsync('ledger.head', () =>
      ctx.keyStore.setText(ledgerHeadAccount(ctx.vaultId), JSON.stringify(next)),
    );
  }
  const nextMark: Mark = { ledgerId: next.ledgerId, seen: next.count, written: newest };
  if (JSON.stringify(mark) !== JSON.stringify(nextMark)) {
    ctx.durable.write('ledger.mark', () =>
      ctx.db
        .prepare(
          'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        )
        .run([MARK_KEY, JSON.stringify(nextMark)]),
    );
  }
  return { catchUp };
}

/**
 * Applies every entry from..count whose record the vault lacks; see "catch-up" above. Adds the
 * body of every entry it read to `read` (for the write-out's dedupe).
 */
async function applyMissing(
  ctx: Parameters<typeof reconcileLedger>[0],
  from: number,
  count: number,
  read: Set<string>,
): Promise<CatchUp> {
  let shreddings = 0;
  let people = 0;
  let notReapplied = 0;
  if (from > count) return { shreddings, people, notReapplied };
  const held = new Set(vaultRecords(ctx.db).map((r) => r.body));
  for (let n = from; n <= count; n++) {
    const entry = await readEntry(ctx.keyStore, ctx.vaultId, n);
    if (entry === null) {
      notReapplied++;
      continue;
    }
    const body = entry.body;
    read.add(body);
    if (held.has(body)) continue;
    const at = ctx.now().toISOString();
    people += ctx.durable.write('ledger.catchUp', () =>
      ctx.db.transaction(() => {
        const removed = entry.tombstone ? applyTombstone(ctx.db, entry.tombstone, at) : 0;
        const prev =
          ctx.db
            .prepare('SELECT hash FROM deletion_records ORDER BY id DESC LIMIT 1')
            .get<{ hash: string }>()?.hash ?? GENESIS_HASH;
        const { lastInsertRowid } = ctx.db
          .prepare('INSERT INTO deletion_records (body, prev_hash, hash) VALUES (?, ?, ?)')
          .run([body, prev, recordHash(prev, JSON.parse(body) as CertificateBody)]);
        if (entry.tombstone) writeTombstone(ctx.db, lastInsertRowid, entry.tombstone);
        markShredPending(ctx.db);
        return removed;
      }),
    );
    held.add(body);
    // A record from before tombstones is restored to the chain, but what it removed cannot be
    // named again: it counts as not re-applied.
    if (entry.tombstone) shreddings++;
    else notReapplied++;
  }
  return { shreddings, people, notReapplied };
}

function readMark(db: Database): Mark | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get<{ value: string }>([MARK_KEY]);
  if (!row) return null;
  try {
    const result = Mark.safeParse(JSON.parse(row.value));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

function vaultRecords(db: Database): VaultRecord[] {
  return db
    .prepare('SELECT id, body, prev_hash AS prevHash, hash FROM deletion_records ORDER BY id')
    .all<VaultRecord>();
}

/** Writes E(n) from the vault's record at position n: further parts first, part 0 last. */
async function writeEntry(
  ctx: Parameters<typeof reconcileLedger>[0],
  n: number,
  record: VaultRecord,
): Promise<void> {
  const entry: Entry = {
    v: 1,
    n,
    body: record.body,
    prevHash: record.prevHash,
    hash: record.hash,
    tombstone: readTombstone(ctx.db, record.id),
  };
  const parts = split(asciiJson(entry));
  await ctx.durable.writeAsync('ledger.entry', async () => {
    for (let i = parts.length - 1; i >= 0; i--) {
      await ctx.keyStore.setText(
        ledgerEntryAccount(ctx.vaultId, n, i),
        i === 0 ? `${parts.length}|${parts[0]}` : parts[i]!,
      );
    }
  });
}

/** Ledger entry n, or null if it is missing, incomplete, malformed or its hash does not hold. */
async function readEntry(keyStore: KeyStore, vaultId: string, n: number): Promise<Entry | null> {
  const first = await keyStore.getText(ledgerEntryAccount(vaultId, n));
  const m = first === null ? null : /^(\d{1,4})\|/.exec(first);
  if (!first || !m) return null;
  const count = Number(m[1]);
  const texts = [first.slice(m[0].length)];
  for (let i = 1; i < count; i++) {
    const part = await keyStore.getText(ledgerEntryAccount(vaultId, n, i));
    if (part === null) return null;
    texts.push(part);
  }
  let parsed: Entry;
  try {
    const result = Entry.safeParse(JSON.parse(texts.join('')));
    if (!result.success) return null;
    parsed = result.data;
  } catch {
    return null;
  }
  if (parsed.n !== n) return null;
  try {
    const body: unknown = JSON.parse(parsed.body);
    // The body must be a valid record body in its canonical form, and its hash must hold.
    if (!CertificateBody.safeParse(body).success || canonical(body) !== parsed.body) return null;
    if (recordHash(parsed.prevHash, body as CertificateBody) !== parsed.hash) return null;
  } catch {
    return null;
  }
  return parsed;
}

/** How many entries E(1), E(2), … are present before the first absent one (first parts only). */
async function countEntries(keyStore: KeyStore, vaultId: string): Promise<number> {
  let n = 0;
  while ((await keyStore.getText(ledgerEntryAccount(vaultId, n + 1))) !== null) n++;
  return n;
}

function parseHead(text: string | null): Head | null {
  if (text === null) return null;
  try {
    const result = Head.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** Splits ASCII JSON into entries that fit the keychain with room for the part-count prefix. */
function split(text: string): string[] {
  const size = TEXT_ENTRY_MAX - 8;
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
  return parts.length > 0 ? parts : [''];
}

/**
 * JSON with every character outside printable ASCII escaped (\uXXXX), so an entry's length in
 * characters is its size in bytes whatever encoding the keychain stores (a name such as
 * "Máret Ŋ." in a record would otherwise take up to 3 bytes a character).
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

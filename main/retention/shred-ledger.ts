// The shredding ledger: every deletion record and its tombstone, mirrored in the OS keychain, so
// that an older copy of the vault put back (an OS backup such as Time Machine, a data folder or
// a backup pair copied off the stick) is purged again before anything in it is shown. The
// keychain is the one store outside the data folder that a copy of the folder does not roll
// back, and it already holds the vault key (whoever can write it can read the vault, so its
// entries are trusted as the key is; they are checked for form and by their record hashes).
//
// Stores (issue 8, item 3):
//   V  the vault's chain: deletion_records with shred_tombstones, one transaction per purge.
//   E(n)  keychain text entry `vault:<id>:shred:<n>` (and `…:<n>.<i>` for its further parts):
//         record n of the chain (body, prevHash, hash) and its tombstone (null for a record
//         from before tombstones). At most TEXT_ENTRY_MAX characters per entry.
//   H  keychain text entry `vault:<id>:shreds`: { count, head }, the chain the ledger holds.
//
// Invariant: every E(1..H.count) is written, and E(H.count) holds the record whose hash is
// H.head (E is written before H, so a crash between leaves H naming the older, whole prefix).
//
// Transitions:
//   purge        V gains record n+1 (its tombstone with it). L is now behind V: allowed, V is
//                the newer; the finishing that follows every purge writes it out.
//   write-out    (after every purge, at every unlock) E(H.count+1 … |V|), then H := (|V|, head).
//                A crash or failed write anywhere leaves H as it was; the next run rewrites the
//                same entries (idempotent). A failure makes the finishing pending (keychain).
//   catch-up     (at every unlock, before the first screen; and before every write-out) if H is
//                not a prefix of V, V is an older copy (or a copy that went its own way): every
//                E(1..H.count) whose record V does not hold (by its body, which names its time)
//                is applied to V: its tombstone and the same record appended, one transaction
//                each ('ledger.catchUp'), with the shredding marked pending, so the merge,
//                VACUUM, rekey and backup replacement follow as after any purge. Then write-out
//                makes the ledger V's chain: each position where E differs, then H.
//   H missing or damaged (deleted from the keychain, edited): E(1), E(2), … up to the first
//                absent one stand for it: catch-up checks them, and write-out writes H again.
//   keychain unavailable or locked: catch-up cannot look; the unlock goes on and says the
//                ledger was not checked, and the check runs again at the next unlock.
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
  v: z.literal(1),
  count: z.number().int().nonnegative(),
  head: z.string().regex(/^[0-9a-f]{64}$/),
});
type Head = z.infer<typeof Head>;

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
  // Without a readable head (deleted from the keychain, or damaged), the entries still name
  // shreddings: E(1), E(2), … up to the first absent one are checked as after any head.
  let entries = 0;
  try {
    head = parseHead(await ctx.keyStore.getText(ledgerHeadAccount(ctx.vaultId)));
    if (head === null) entries = await countEntries(ctx.keyStore, ctx.vaultId);
  } catch (err) {
    if (err instanceof KeychainUnavailableError || err instanceof KeychainLockedError)
      return { catchUp: 'unchecked' };
    throw err;
  }
  let records = vaultRecords(ctx.db);
  const prefix = head === null ? entries === 0 : isPrefix(head, records);
  let catchUp: CatchUp = { shreddings: 0, people: 0, notReapplied: 0 };
  if (!prefix) {
    catchUp = await applyMissing(ctx, head?.count ?? entries);
    records = vaultRecords(ctx.db);
  }
  // Write-out: after a catch-up every position may differ; otherwise only what H lacks.
  const from = prefix && head ? head.count + 1 : 1;
  for (let n = from; n <= records.length; n++) {
    await writeEntry(ctx, n, records[n - 1]!);
  }
  const last = records[records.length - 1];
  const next: Head = { v: 1, count: records.length, head: last ? last.hash : GENESIS_HASH };
  if (!head || head.count !== next.count || head.head !== next.head) {
    await ctx.durable.writeAsync('ledger.head', () =>
      ctx.keyStore.setText(ledgerHeadAccount(ctx.vaultId), JSON.stringify(next)),
    );
  }
  return { catchUp };
}

/** H is a prefix of V: V holds at least H.count records and the H.count-th is H.head. */
function isPrefix(head: Head, records: readonly VaultRecord[]): boolean {
  if (head.count === 0) return true;
  return head.count <= records.length && records[head.count - 1]!.hash === head.head;
}

/** Applies every ledger entry 1..count whose record the vault lacks; see "catch-up" above. */
async function applyMissing(
  ctx: Parameters<typeof reconcileLedger>[0],
  count: number,
): Promise<CatchUp> {
  const held = new Set(vaultRecords(ctx.db).map((r) => r.body));
  let shreddings = 0;
  let people = 0;
  let notReapplied = 0;
  for (let n = 1; n <= count; n++) {
    const entry = await readEntry(ctx.keyStore, ctx.vaultId, n);
    if (entry === null) {
      notReapplied++;
      continue;
    }
    const body = entry.body;
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

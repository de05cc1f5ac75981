// Deletion records: one per shredding, hash-chained, with scope, counts, rule, time, consultant,
// paper-notes confirmation and crypto-shredding facts, and never a participant's name, ID or content.
// The hashed body records only what the purge did. Whether the old key is destroyed is learnt
// later (the rekey and the keychain confirm it, see vault/key-destruction.ts), so it is read
// from the vault each time a record is read, beside the body and outside the hash.
import { createHash } from 'node:crypto';
import type { Database } from '../vault/database';
import { oldKeyDestroyed } from '../vault/key-destruction';
import { backupsReplaced } from './finishing';
import { CertificateBody } from './certificate-body';
import { DEFAULT_PRESETS } from './policies';
import type { Instant } from '../domain/brands';

type PresetRule = Readonly<{
  category: string;
  trigger: string;
  period: string;
  basis?: string;
}>;

export const GENESIS_HASH = '0'.repeat(64);

export { CertificateBody };

/** A record as stored in the chain: what the hash covers. */
export type ChainedRecord = Readonly<{
  id: number;
  body: CertificateBody;
  prevHash: string;
  hash: string;
}>;

/**
 * A record as read: the chained record, whether its old key is confirmed destroyed, and whether
 * older backups were deleted and a fresh one taken after it (both learnt later, not hashed).
 */
export type DeletionRecord = ChainedRecord &
  Readonly<{ oldKeyDestroyed: boolean; backupsReplaced: boolean }>;

/** A legacy record states the replacement in its body; a newer one, once the finishing marker says so. */
function backupsDone(db: Database, id: number, body: CertificateBody): boolean {
  if (body.backups === 'olderBackupsDeletedFreshBackupTaken') return true;
  return body.backups === 'backupReplacementFollows' && backupsReplaced(db, id);
}

/** A legacy record states the destruction in its body; any other, once the vault confirms it. */
function keyDestroyed(db: Database, id: number, body: CertificateBody): boolean {
  return body.cryptoShredding === 'vaultRekeyedOldKeyDestroyed' || oldKeyDestroyed(db, id);
}

/**
 * A deletion record's hash: SHA-256 (lowercase hex, 64 characters) of the previous record's hash,
 * a line break, and the body's canonical JSON (keys sorted); the chain's link.
 */
export function recordHash(prevHash: string, body: CertificateBody): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonical(body)).digest('hex');
}

/**
 * Appends a record to the chain. Call inside the purge transaction so both land or neither.
 * Context that is not personal data and may change later (the programme's name and funder, the
 * preset's name and rules, the machine's time zone) is added to the body here, before hashing.
 */
export function appendDeletionRecord(db: Database, body: CertificateBody): DeletionRecord {
  const valid = CertificateBody.parse(withContext(db, body));
  const prev = db
    .prepare('SELECT hash FROM deletion_records ORDER BY id DESC LIMIT 1')
    .get<{ hash: string }>();
  const prevHash = prev?.hash ?? GENESIS_HASH;
  const hash = recordHash(prevHash, valid);
  const { lastInsertRowid } = db
    .prepare('INSERT INTO deletion_records (body, prev_hash, hash) VALUES (?, ?, ?)')
    .run([canonical(valid), prevHash, hash]);
  return {
    id: lastInsertRowid,
    body: valid,
    prevHash,
    hash,
    oldKeyDestroyed: keyDestroyed(db, lastInsertRowid, valid),
    backupsReplaced: backupsDone(db, lastInsertRowid, valid),
  };
}

/** The body with what the certificate names besides the purge's facts, as it stands now. */
function withContext(db: Database, body: CertificateBody): CertificateBody {
  const programme =
    body.programme ??
    (body.scope.programmeId === null
      ? undefined
      : db
          .prepare('SELECT name, funder FROM programmes WHERE id = ?')
          .get<{ name: string; funder: string }>([body.scope.programmeId]));
  // The stored preset, or a default one the vault has not written yet (it is written on first use).
  const stored =
    body.basis || body.rule.presetId === null
      ? undefined
      : db
          .prepare('SELECT name, rules FROM retention_presets WHERE id = ?')
          .get<{ name: string; rules: string }>([body.rule.presetId]);
  const preset = stored
    ? { name: stored.name, rules: JSON.parse(stored.rules) as readonly PresetRule[] }
    : body.basis
      ? undefined
      : DEFAULT_PRESETS.find((p) => p.id === body.rule.presetId);
  const basis =
    body.basis ??
    (preset && {
      presetName: preset.name,
      rules: preset.rules
        .filter((r) => r.trigger === body.rule.trigger)
        .map((r) => ({
          category: r.category,
          period: r.period,
          ...(r.basis === 'ownChoice' && { ownChoice: true as const }),
        })),
    });
  return {
    ...body,
    ...(programme && { programme: { name: programme.name, funder: programme.funder } }),
    ...(basis && { basis }),
    timeZone: body.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}

type Row = { id: number; body: string; prevHash: string; hash: string };

function readRecord(db: Database, r: Row): DeletionRecord {
  const body = JSON.parse(r.body) as CertificateBody;
  return {
    ...r,
    body,
    oldKeyDestroyed: keyDestroyed(db, r.id, body),
    backupsReplaced: backupsDone(db, r.id, body),
  };
}

/**
 * Every deletion record, oldest first, with what the vault has confirmed since (old key
 * destroyed, backups replaced).
 */
export function listDeletionRecords(db: Database): DeletionRecord[] {
  return db
    .prepare('SELECT id, body, prev_hash AS prevHash, hash FROM deletion_records ORDER BY id')
    .all<Row>()
    .map((r) => readRecord(db, r));
}

/**
 * When the newest deletion record's purge happened: its body's `at`, an ISO UTC instant; undefined
 * when the vault holds no record. Read from the stored JSON, so records of any version answer.
 */
export function newestDeletionAt(db: Database): Instant | undefined {
  const row = db
    .prepare(
      "SELECT json_extract(body, '$.at') AS at FROM deletion_records ORDER BY id DESC LIMIT 1",
    )
    .get<{ at: Instant | null }>(); // written by Date.prototype.toISOString (purge.ts)
  return row?.at ?? undefined;
}

/** One record by id, or null. */
export function getDeletionRecord(db: Database, id: number): DeletionRecord | null {
  const row = db
    .prepare('SELECT id, body, prev_hash AS prevHash, hash FROM deletion_records WHERE id = ?')
    .get<Row>([id]);
  return row ? readRecord(db, row) : null;
}

export type ChainVerdict = Readonly<
  { ok: true; records: number } | { ok: false; records: number; brokenAt: number }
>;

/** Recomputes every hash and link; the first record that does not fit is reported. */
export function verifyChain(records: readonly ChainedRecord[]): ChainVerdict {
  let prev = GENESIS_HASH;
  for (const r of records) {
    const parsed = CertificateBody.safeParse(r.body);
    if (!parsed.success || r.prevHash !== prev || recordHash(prev, parsed.data) !== r.hash) {
      return { ok: false, records: records.length, brokenAt: r.id };
    }
    prev = r.hash;
  }
  return { ok: true, records: records.length };
}

/** JSON with sorted keys, so the hash does not depend on property order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

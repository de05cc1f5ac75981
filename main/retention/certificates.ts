// Deletion records: one per shredding, hash-chained, with scope, counts, rule, time, consultant,
// paper-notes confirmation and crypto-shredding facts, and never a name, ID or content.
// The hashed body records only what the purge did. Whether the old key is destroyed is learnt
// later (the rekey and the keychain confirm it, see vault/key-destruction.ts), so it is read
// from the vault each time a record is read, beside the body and outside the hash.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '../vault/database';
import { oldKeyDestroyed } from '../vault/key-destruction';

export const GENESIS_HASH = '0'.repeat(64);

export const CertificateBody = z
  .object({
    kind: z.enum(['programmeCloseOut', 'participantErasure']),
    at: z.string(),
    consultant: z.string(),
    scope: z
      .object({
        programmeId: z.number().int().nullable(),
        country: z.enum(['DK', 'NO']).nullable(),
        participantsErased: z.number().int(),
        participantsKeptForOtherProgrammes: z.number().int(),
      })
      .strict(),
    counts: z.record(z.string(), z.number().int()),
    rule: z
      .object({ presetId: z.string().nullable(), trigger: z.string(), reason: z.string() })
      .strict(),
    paperNotes: z.object({ shredded: z.number().int(), none: z.number().int() }).strict(),
    /**
     * 'vaultRekeyFollows': the rekey runs after the purge (every record written now).
     * 'vaultRekeyedOldKeyDestroyed': records written before that distinction; they keep their
     * claim, and their value, or the chain would no longer verify.
     */
    cryptoShredding: z.enum(['vaultRekeyedOldKeyDestroyed', 'vaultRekeyFollows']),
    backups: z.enum(['olderBackupsDeletedFreshBackupTaken', 'noBackupFolderConfigured']),
  })
  .strict();
export type CertificateBody = z.infer<typeof CertificateBody>;

/** A record as stored in the chain: what the hash covers. */
export type ChainedRecord = Readonly<{
  id: number;
  body: CertificateBody;
  prevHash: string;
  hash: string;
}>;

/** A record as read: the chained record and whether its old key is confirmed destroyed (not hashed). */
export type DeletionRecord = ChainedRecord & Readonly<{ oldKeyDestroyed: boolean }>;

/** A legacy record states the destruction in its body; any other, once the vault confirms it. */
function keyDestroyed(db: Database, id: number, body: CertificateBody): boolean {
  return body.cryptoShredding === 'vaultRekeyedOldKeyDestroyed' || oldKeyDestroyed(db, id);
}

export function recordHash(prevHash: string, body: CertificateBody): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonical(body)).digest('hex');
}

/** Appends a record to the chain. Call inside the purge transaction so both land or neither. */
export function appendDeletionRecord(db: Database, body: CertificateBody): DeletionRecord {
  const valid = CertificateBody.parse(body);
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
  };
}

type Row = { id: number; body: string; prevHash: string; hash: string };

function readRecord(db: Database, r: Row): DeletionRecord {
  const body = JSON.parse(r.body) as CertificateBody;
  return { ...r, body, oldKeyDestroyed: keyDestroyed(db, r.id, body) };
}

export function listDeletionRecords(db: Database): DeletionRecord[] {
  return db
    .prepare('SELECT id, body, prev_hash AS prevHash, hash FROM deletion_records ORDER BY id')
    .all<Row>()
    .map((r) => readRecord(db, r));
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

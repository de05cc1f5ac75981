// The durable markers of a shredding's finishing steps, and why a finish is pending. A step is
// done for every deletion record up to its `done_through` (shred_finishing, migration 4); a
// later purge owes every step again. No node imports: the IPC schema reads the reason list.
import type { Database } from '../vault/database';

export type FinishingStep = 'merge' | 'walTruncate' | 'vacuum' | 'rekey' | 'backups';

import type { FinishingReason } from './finishing-reasons';

export { FINISHING_REASONS, type FinishingReason } from './finishing-reasons';

/** 'done', or pending with why, and whether the failure locked the vault (unlock to go on). */
export type Finishing = 'done' | Readonly<{ pending: FinishingReason; vaultLocked: boolean }>;

/** The rekey's own marker (vault/key-destruction.ts): the newest record a finished rekey covers. */
const REKEY_COVERS = 'keyDestructionCovers';

/** The newest deletion record's id, 0 when there is none. */
export function newestRecordId(db: Database): number {
  return Number(
    db.prepare('SELECT max(id) AS id FROM deletion_records').get<{ id: number | null }>()?.id ?? 0,
  );
}

/**
 * The id of the newest deletion record whose finishing `step` is done (0 for none): for the rekey,
 * the later of its own marker and the records a destroyed key covers.
 */
export function doneThrough(db: Database, step: FinishingStep): number {
  if (step === 'rekey') {
    const row = db
      .prepare('SELECT value FROM meta WHERE key = ?')
      .get<{ value: string }>([REKEY_COVERS]);
    const covers = row ? Number(row.value) : 0;
    return Math.max(covers, marked(db, 'rekey'));
  }
  return marked(db, step);
}

function marked(db: Database, step: FinishingStep): number {
  return Number(
    db
      .prepare('SELECT done_through AS n FROM shred_finishing WHERE step = ?')
      .get<{ n: number }>([step])?.n ?? 0,
  );
}

/** Records `step` done through record `through` (never moves a marker back). */
export function markDone(db: Database, step: FinishingStep, through: number, at: string): void {
  db.prepare(
    `INSERT INTO shred_finishing (step, done_through, done_at) VALUES (?, ?, ?)
     ON CONFLICT (step) DO UPDATE SET done_through = max(done_through, excluded.done_through),
       done_at = excluded.done_at`,
  ).run([step, through, at]);
}

/** True once older backups were deleted and a fresh one taken after record `recordId`'s purge. */
export function backupsReplaced(db: Database, recordId: number): boolean {
  return recordId <= marked(db, 'backups');
}

/**
 * The backups line a certificate states: a record written as 'backupReplacementFollows' reads
 * as done only once the finishing marker says so (`backupsReplaced`), else as pending.
 */
export function backupsFact(
  claimed:
    'olderBackupsDeletedFreshBackupTaken' | 'backupReplacementFollows' | 'noBackupFolderConfigured',
  backupsReplaced: boolean,
): 'olderBackupsDeletedFreshBackupTaken' | 'backupReplacementFollows' | 'noBackupFolderConfigured' {
  return claimed === 'backupReplacementFollows' && backupsReplaced
    ? 'olderBackupsDeletedFreshBackupTaken'
    : claimed;
}

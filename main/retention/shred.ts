// Close-out and erasure end to end: typed confirmation, purge transaction, then the finishing
// steps (FTS merge, WAL truncate, VACUUM when much was freed, rekey). A crash after the purge
// leaves a marker, and the finishing steps run again on the next unlock.
import type { Vault } from '../vault/vault';
import { DomainError } from '../domain/errors';
import type { Logger } from '../vault/logger';
import type { CertificateBody, DeletionRecord } from './certificates';
import {
  clearShredPending,
  purgeParticipant,
  purgeProgramme,
  shredPending,
  type PaperChecklist,
} from './purge';

export type ShredPhase = 'purge' | 'merge' | 'vacuum' | 'rekey' | 'backup' | 'done';
export type ShredContext = Readonly<{
  vault: Vault;
  now: () => Date;
  actor: string;
  logger?: Logger;
  onPhase?: (phase: ShredPhase) => void;
  /** Called after the rekey: deletes older backups and takes a fresh one; returns whether a folder is set. */
  replaceBackups?: () => Promise<boolean>;
  backupsConfigured?: () => boolean;
}>;

/** Share of free pages above which the vault is rebuilt, so freed space is returned and compacted. */
const VACUUM_FREE_SHARE = 0.2;

export async function closeOutProgramme(
  ctx: ShredContext,
  input: Readonly<{
    programmeId: number;
    typedName: string;
    paper: PaperChecklist;
    presetId: string | null;
  }>,
): Promise<DeletionRecord> {
  const db = ctx.vault.db;
  const programme = db
    .prepare('SELECT name FROM programmes WHERE id = ?')
    .get<{ name: string }>([input.programmeId]);
  if (
    programme &&
    input.typedName.trim().normalize('NFC') !== programme.name.trim().normalize('NFC')
  ) {
    throw new DomainError('confirmationMismatch', 'typedName');
  }
  ctx.onPhase?.('purge');
  const record = ctx.vault.durable.write('shred.purge', () =>
    purgeProgramme(db, {
      programmeId: input.programmeId,
      paper: input.paper,
      record: recordFacts(ctx, {
        presetId: input.presetId,
        trigger: 'programmeEnd',
        reason: 'programme ended',
      }),
    }),
  );
  await finishShredding(ctx);
  return record;
}

export async function eraseParticipant(
  ctx: ShredContext,
  input: Readonly<{
    participantId: number;
    paper: 'shredded' | 'none';
    reason: 'dataSubjectRequest' | 'retentionDue';
  }>,
): Promise<DeletionRecord> {
  ctx.onPhase?.('purge');
  const record = ctx.vault.durable.write('shred.purge', () =>
    purgeParticipant(ctx.vault.db, {
      participantId: input.participantId,
      paper: input.paper,
      record: recordFacts(ctx, {
        presetId: null,
        trigger: input.reason === 'dataSubjectRequest' ? 'request' : 'due',
        reason: input.reason,
      }),
    }),
  );
  await finishShredding(ctx);
  return record;
}

/** What every deletion record states besides scope and counts: when, who, the rule, and what follows the purge. */
function recordFacts(ctx: ShredContext, rule: CertificateBody['rule']) {
  return {
    at: ctx.now().toISOString(),
    consultant: ctx.actor,
    rule,
    // What the purge did; the rekey's outcome is read from the vault, not claimed here.
    cryptoShredding: 'vaultRekeyFollows' as const,
    backups: ctx.backupsConfigured?.()
      ? ('olderBackupsDeletedFreshBackupTaken' as const)
      : ('noBackupFolderConfigured' as const),
  };
}

/** The steps after a purge; safe to run again (they are idempotent), and run on unlock if a crash interrupted them. */
export async function finishShredding(ctx: ShredContext): Promise<void> {
  const db = ctx.vault.db;
  if (!shredPending(db)) return;
  const durable = ctx.vault.durable;
  ctx.onPhase?.('merge');
  // Rewrites the index without the deleted entries (FTS5 otherwise keeps them until a merge);
  // secure_delete zeroes the pages the old segments leave free.
  durable.write('shred.merge', () =>
    db.exec("INSERT INTO search_index (search_index) VALUES ('optimize')"),
  );
  db.pragmaValue('wal_checkpoint(TRUNCATE)');
  const pages = Number(db.pragmaValue('page_count') ?? 0);
  const free = Number(db.pragmaValue('freelist_count') ?? 0);
  if (pages > 0 && free / pages > VACUUM_FREE_SHARE) {
    ctx.onPhase?.('vacuum');
    durable.write('shred.vacuum', () => db.exec('VACUUM'));
    db.pragmaValue('wal_checkpoint(TRUNCATE)');
  }
  ctx.onPhase?.('rekey');
  await ctx.vault.rekey();
  if (ctx.replaceBackups) {
    ctx.onPhase?.('backup');
    await ctx.replaceBackups();
  }
  // The rekey replaced the connection's key, not the connection: ctx.vault.db is still `db`.
  durable.write('shred.clearPending', () => clearShredPending(ctx.vault.db));
  db.pragmaValue('wal_checkpoint(TRUNCATE)');
  ctx.logger?.info('retention.shredFinished');
  ctx.onPhase?.('done');
}

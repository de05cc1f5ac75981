// Shredding: a purge (purge.ts) and its finishing steps (FTS merge, WAL truncate, VACUUM when
// much was freed, rekey, backup replacement). Each finishing step leaves a durable marker
// (finishing.ts) and is never run again once done; a step that fails leaves the rest pending,
// and the answer says "deleted, finishing pending: why". The next unlock runs only the steps
// still owed. Close-out (close-out.ts) and erasure (erase-participant.ts) are shreddings with
// their own scope; a due category's shredding is here.
import { confirmationMatches } from '../domain/text';
import type { Vault } from '../vault/vault';
import { DomainError } from '../domain/errors';
import { toEnvironmentError } from '../vault/environment-errors';
import {
  DiskFullError,
  FinishingPendingError,
  KeychainLockedError,
  KeychainUnavailableError,
  StorageReadOnlyError,
  VaultCorruptError,
  VaultLockedError,
} from '../vault/errors';
import type { Logger } from '../vault/logger';
import { BackupFolderUnavailableError } from './backups';
import type { CertificateBody, DeletionRecord } from './certificates';
import {
  doneThrough,
  markDone,
  newestRecordId,
  type Finishing,
  type FinishingReason,
  type FinishingStep,
} from './finishing';
import { categoryPlanHelpers, categoryTargetFor } from './due-data';
import { reconcileLedger } from './shred-ledger';
import { listPresets } from './policies';
import { clearShredPending, purgeCategory, shredPending } from './purge';

export type { Finishing, FinishingReason } from './finishing';

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
  /**
   * An unforeseen error in a finishing step becomes `pending: 'unexpected'` (the purge is done,
   * so the answer must say so) instead of propagating. The IPC handlers set it; the crash-point
   * tests leave it off, so their simulated crash stops the run as a real one would.
   */
  containUnexpected?: boolean;
}>;

/** What a shredding did: the deletion record (written with the purge) and the finishing's state. */
export type ShredResult = Readonly<{ record: DeletionRecord; finishing: Finishing }>;

/** Share of free pages above which the vault is rebuilt, so freed space is returned and compacted. */
const VACUUM_FREE_SHARE = 0.2;

/**
 * Shreds what one due rule names, in its category only (old notes and their addenda, one CV, one
 * agreement): the person's or item's name typed, the purge with its deletion record in one
 * transaction behind the durable seam, then the same finishing as a close-out. The whole person
 * goes only when the rule names the person or nothing is left that any rule keeps.
 * `itemKey`: the due item's key (due.ts); `timeZone`: IANA zone the due dates are read in.
 * Returns the deletion record, whether the whole person went, and the finishing's state.
 * @throws DomainError confirmationMismatch (field typedName), notFound('dueItem') when nothing
 * of the item is due any more; VaultLockedError; an unforeseen finishing error only without
 * ctx.containUnexpected.
 */
export async function shredDueCategory(
  ctx: ShredContext,
  input: Readonly<{
    itemKey: string;
    typedName: string;
    paper: 'shredded' | 'none';
    timeZone: string;
  }>,
): Promise<ShredResult & { wholePerson: boolean }> {
  const db = ctx.vault.db;
  const { item, target } = categoryTargetFor(db, ctx.now(), input.timeZone, input.itemKey);
  if (!confirmationMatches(input.typedName, item.label))
    throw new DomainError('confirmationMismatch', 'typedName');
  const preset = listPresets(db, ctx.now()).find((p) => p.id === item.presetId);
  ctx.onPhase?.('purge');
  const record = ctx.vault.durable.write('shred.purge', () =>
    purgeCategory(db, {
      target,
      helpers: categoryPlanHelpers,
      paper: input.paper,
      // The one rule that acted, in its words at the time (not every rule with this trigger).
      basis: preset && {
        presetName: preset.name,
        rules: [
          {
            category: target.category,
            period: target.period,
            // A category the privacy notice does not name: the organisation's own choice.
            ...(preset.rules.some(
              (r) =>
                r.category === target.category &&
                r.trigger === item.trigger &&
                r.basis === 'ownChoice',
            ) && { ownChoice: true as const }),
          },
        ],
      },
      record: recordFacts(ctx, {
        presetId: item.presetId,
        trigger: item.trigger,
        reason: `retention rule: ${target.category}`,
      }),
    }),
  );
  return {
    record,
    wholePerson: record.review.wholePerson,
    finishing: await finishShredding(ctx),
  };
}

/**
 * What every deletion record states besides scope and counts: when, who, the rule, and what
 * follows the purge. Only what the purge did is claimed here: the rekey's and the backups'
 * outcomes are read from the vault's markers when a record is read (certificates.ts).
 */
export function recordFacts(ctx: ShredContext, rule: CertificateBody['rule']) {
  return {
    at: ctx.now().toISOString(),
    consultant: ctx.actor,
    rule,
    cryptoShredding: 'vaultRekeyFollows' as const,
    backups: ctx.backupsConfigured?.()
      ? ('backupReplacementFollows' as const)
      : ('noBackupFolderConfigured' as const),
  };
}

/** A finishing failure with the error itself, for a caller (unlock) that reports it. */
export type FinishingDetail = Readonly<{ finishing: Finishing; error: unknown }>;

/**
 * The steps after a purge, each run only if its marker says it is owed, each marking itself
 * done: merge (marker in the same transaction), WAL truncate + VACUUM ('shred.compacted'),
 * rekey (its own 'rekey.covers' marker), backups (marked with the pending flag's clearing,
 * 'shred.clearPending'). A known failure (disk, backup folder, keychain) stops here and answers
 * pending with its reason; an unforeseen one propagates unless `ctx.containUnexpected`.
 */
export async function finishShredding(ctx: ShredContext): Promise<Finishing> {
  return (await finishShreddingDetail(ctx)).finishing;
}

/**
 * finishShredding, with the error that left the finishing pending (null when it is done or was
 * not owed), for unlock, which logs and reports it. Same steps, same markers.
 * @throws whatever an unforeseen step throws, only without ctx.containUnexpected.
 */
export async function finishShreddingDetail(ctx: ShredContext): Promise<FinishingDetail> {
  if (ctx.vault.state() !== 'unlocked' || !shredPending(ctx.vault.db))
    return { finishing: 'done', error: null };
  let step: FinishingStep | 'ledger' | 'clear' = 'merge';
  try {
    const keysPending = await runSteps(ctx, (s) => (step = s));
    ctx.onPhase?.('done');
    if (keysPending) {
      // Every step ran once; the key file or keychain still holds the old key until the next
      // unlock settles it (rekey.ts), so the shredding is not finished yet.
      ctx.logger?.warn('retention.shredFinishingPending', { step: 'rekey', reason: keysPending });
      return { finishing: { pending: keysPending, vaultLocked: false }, error: null };
    }
    ctx.logger?.info('retention.shredFinished');
    return { finishing: 'done', error: null };
  } catch (err) {
    ctx.onPhase?.('done');
    let reason = reasonFor(err, step);
    if (reason === null) {
      if (!ctx.containUnexpected) throw err;
      reason = 'unexpected';
    }
    ctx.logger?.warn('retention.shredFinishingPending', { step, reason });
    const vaultLocked = ctx.vault.state() !== 'unlocked';
    return { finishing: { pending: reason, vaultLocked }, error: err };
  }
}

/** Runs the owed steps; returns why the rekey's key-file/keychain tail is still pending, or null. */
async function runSteps(
  ctx: ShredContext,
  at: (step: FinishingStep | 'ledger' | 'clear') => void,
): Promise<FinishingReason | null> {
  let keysPending: FinishingReason | null = null;
  const db = ctx.vault.db;
  const durable = ctx.vault.durable;
  const through = newestRecordId(db);
  const stamp = () => ctx.now().toISOString();
  const owed = (step: FinishingStep) => doneThrough(db, step) < through;

  if (owed('merge')) {
    at('merge');
    ctx.onPhase?.('merge');
    // Rewrites the index without the deleted entries (FTS5 otherwise keeps them until a merge);
    // secure_delete zeroes the pages the old segments leave free.
    durable.write('shred.merge', () =>
      db.transaction(() => {
        db.exec("INSERT INTO search_index (search_index) VALUES ('optimize')");
        markDone(db, 'merge', through, stamp());
      }),
    );
  }
  if (owed('walTruncate') || owed('vacuum')) {
    at('vacuum');
    db.pragmaValue('wal_checkpoint(TRUNCATE)');
    const pages = Number(db.pragmaValue('page_count') ?? 0);
    const free = Number(db.pragmaValue('freelist_count') ?? 0);
    if (pages > 0 && free / pages > VACUUM_FREE_SHARE) {
      ctx.onPhase?.('vacuum');
      durable.write('shred.vacuum', () => db.exec('VACUUM'));
      db.pragmaValue('wal_checkpoint(TRUNCATE)');
    }
    // VACUUM ran, or too little was freed to need it: both steps are done.
    durable.write('shred.compacted', () =>
      db.transaction(() => {
        markDone(db, 'walTruncate', through, stamp());
        markDone(db, 'vacuum', through, stamp());
      }),
    );
  }
  if (owed('rekey')) {
    at('rekey');
    ctx.onPhase?.('rekey');
    try {
      const report = await ctx.vault.rekey();
      if (!report.oldKeyDestroyed) keysPending = 'keychainUnavailable';
    } catch (err) {
      // Past its database step the rekey is done for the shredding (its 'rekey.covers' marker
      // says so) and is never run again; the key file and keychain steps it left are finished
      // by the next unlock. The other steps go on; the answer still says pending.
      if (ctx.vault.state() !== 'unlocked' || owed('rekey')) throw err;
      keysPending = reasonFor(err, 'rekey') ?? 'unexpected';
    }
  }
  // The rekey replaced the connection's key, not the connection: ctx.vault.db is still `db`.
  // The ledger in the keychain learns the new record(s) (shred-ledger.ts), so an older copy of
  // the vault put back is purged again. Like the rekey's keychain tail, a keychain that does
  // not answer leaves it to the next unlock (which reconciles the ledger first thing).
  at('ledger');
  try {
    const { catchUp } = await reconcileLedger({
      db,
      vaultId: ctx.vault.vaultId()!,
      keyStore: ctx.vault.keyStore,
      durable,
      now: ctx.now,
    });
    if (catchUp === 'unchecked') keysPending ??= 'keychainUnavailable';
  } catch (err) {
    if (ctx.vault.state() !== 'unlocked') throw err;
    const reason = reasonFor(err, 'ledger');
    if (reason === null) throw err;
    keysPending ??= reason;
  }
  let backupsReplaced = false;
  if (ctx.replaceBackups && owed('backups')) {
    at('backups');
    ctx.onPhase?.('backup');
    backupsReplaced = await ctx.replaceBackups();
  }
  at('clear');
  // One write marks the backups replaced (the certificate's claim) and the rekey seen through,
  // and clears the pending flag: if it fails, the backups are replaced again next time (safe),
  // and nothing is claimed before it lands.
  durable.write('shred.clearPending', () =>
    db.transaction(() => {
      if (backupsReplaced) markDone(db, 'backups', through, stamp());
      markDone(db, 'rekey', doneThrough(db, 'rekey'), stamp());
      // A purge that landed meanwhile (none can: one call at a time) would keep the flag.
      if (newestRecordId(db) === through) clearShredPending(db);
    }),
  );
  db.pragmaValue('wal_checkpoint(TRUNCATE)');
  return keysPending;
}

/** The typed reason for a known failure in `step`, or null for an unforeseen error. */
function reasonFor(err: unknown, step: FinishingStep | 'ledger' | 'clear'): FinishingReason | null {
  if (err instanceof BackupFolderUnavailableError) return 'backupFolderUnavailable';
  if (err instanceof KeychainLockedError) return 'keychainLocked';
  if (err instanceof KeychainUnavailableError) return 'keychainUnavailable';
  if (err instanceof FinishingPendingError) return 'keyFilePending';
  if (err instanceof VaultLockedError) return 'vaultLocked';
  const backups = step === 'backups';
  if (backups && err instanceof VaultCorruptError) return 'backupCopyDamaged';
  const env = toEnvironmentError(err);
  if (env instanceof DiskFullError) return backups ? 'backupFolderFull' : 'diskFull';
  if (env instanceof StorageReadOnlyError)
    return backups ? 'backupFolderReadOnly' : 'storageReadOnly';
  const code = (err as { code?: unknown } | null)?.code;
  if (backups && typeof code === 'string' && GONE_ERRNO.has(code)) return 'backupFolderUnavailable';
  return null;
}

/** fs error codes meaning the backup folder's drive went away under us. */
const GONE_ERRNO: ReadonlySet<string> = new Set([
  'ENOENT',
  'ENOTDIR',
  'EIO',
  'ENODEV',
  'ENXIO',
  'ESTALE',
]);

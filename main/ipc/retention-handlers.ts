// Handlers for retention and backups: what is due, close-out, erasure, postponement, presets,
// certificates, backups. Long shreddings report their phase through retention.progress.
import { confirmationMatches } from '../domain/text';
import { reconfirmDocument } from '../domain/documents';
import { DomainError, notFound } from '../domain/errors';
import {
  BackupFolderUnavailableError,
  checkBackupFolder,
  listBackups,
  usableFolderPath,
  pruneBackups,
  replaceBackupsAfterShredding,
  takeBackup,
} from '../retention/backups';
import { actingConsultant } from '../domain/issuer';
import { certificatePdf } from '../retention/certificate-pdf';
import { certificateContext, recordProgramme } from '../retention/certificate-context';
import { certificateSheet } from '../retention/certificate-text';
import {
  canonical,
  getDeletionRecord,
  listDeletionRecords,
  newestDeletionAt,
  verifyChain,
} from '../retention/certificates';
import {
  categoryPlanHelpers,
  categoryTargetFor,
  dueWithLabels,
  programmeStatuses,
} from '../retention/due-data';
import { listPresets, programmePresetId, savePreset } from '../retention/policies';
import { postponeDueItem } from '../retention/postponements';
import { isoDate, type Instant } from '../domain/brands';
import { participantFullName } from '../domain/participants';
import { reviewCategoryPurge, reviewCloseOut, reviewParticipantErasure } from '../retention/purge';
import type { FinishingReason } from '../retention/finishing';
import type { Category } from '../retention/policies';
import { closeOutProgramme } from '../retention/close-out';
import { eraseParticipant } from '../retention/erase-participant';
import {
  finishShreddingDetail,
  shredDueCategory,
  type Finishing,
  type ShredContext,
  type ShredPhase,
} from '../retention/shred';
import { shredPending } from '../retention/purge';
import { toEnvironmentError } from '../vault/environment-errors';
import {
  KeychainLockedError,
  KeychainUnavailableError,
  VaultError,
  VaultLockedError,
} from '../vault/errors';
import { reconcileLedger } from '../retention/shred-ledger';
import { readSettings, writeSettings, type Settings } from '../vault/settings';
import type { ChannelOutput } from './contract';
import type { Core, HandlerTable } from './core';

type RetentionChannel = Extract<
  keyof HandlerTable,
  `retention.${string}` | `backups.${string}` | 'documents.reconfirm'
>;

const phases = new WeakMap<object, { phase: ShredPhase | 'idle' }>();
const progressOf = (core: Core) => {
  let p = phases.get(core.vault);
  if (!p) phases.set(core.vault, (p = { phase: 'idle' }));
  return p;
};

/** The machine's time zone, an IANA name (e.g. Europe/Copenhagen), as Intl resolves it. */
export const timeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Why the last finishing attempt stopped, per vault (shown beside what is due until it is done). */
const lastPending = new WeakMap<object, FinishingReason>();

/** Remembers why the last finishing stopped (or that it is done), for the banner. */
export function noteFinishing(core: Core, finishing: Finishing): void {
  if (finishing === 'done') lastPending.delete(core.vault);
  else lastPending.set(core.vault, finishing.pending);
}

/** The saved backup folder, if it is one backups may go to (an absolute path, no control characters). */
function backupFolderOf(settings: Settings): string | null {
  const folder = settings.backupFolder;
  return folder !== null && usableFolderPath(folder) ? folder : null;
}

/** Every backups.* channel: a locked vault answers vaultLocked before anything is read or changed. */
function requireUnlocked(core: Core): void {
  if (core.vault.state() !== 'unlocked') throw new VaultLockedError();
}

/**
 * The shredding context for this core: phases for the progress bar, backups replaced if a
 * folder is set. `keepBackupsTakenAfter`: see replaceBackupsAfterShredding (after a catch-up).
 */
export function shredContext(core: Core, keepBackupsTakenAfter?: Instant): ShredContext {
  const settings = readSettings(core.dataDir);
  const progress = progressOf(core);
  return {
    vault: core.vault,
    now: core.now,
    // The record names the consultant from Settings once set; before that, the audit actor.
    actor: actingConsultant(core.vault.db, core.actor ?? settings.consultant),
    onPhase: (phase) => (progress.phase = phase === 'done' ? 'idle' : phase),
    // A folder saved but unusable still counts as configured: its old copies must go, so the
    // replacement stays pending (backupFolderUnavailable) rather than silently skipped.
    backupsConfigured: () => settings.backupFolder !== null,
    replaceBackups: async () => {
      if (settings.backupFolder === null) return false;
      const folder = backupFolderOf(settings);
      if (folder === null) throw new BackupFolderUnavailableError();
      replaceBackupsAfterShredding(core.vault, folder, core.now(), keepBackupsTakenAfter);
      return true;
    },
    containUnexpected: true,
  };
}

/**
 * Runs after every unlock, before the page is told the vault is open: first the shredding
 * ledger (an older copy of the vault put back has the shreddings it lacks applied again; see
 * retention/shred-ledger.ts), then finishes an interrupted shredding (only the steps still
 * owed), then the daily backup. Returns what the ledger found, for the page to say. Unlock is all-or-nothing about the key, not about these steps: a finishing
 * step that fails stays pending (its reason is shown beside what is due) and runs again at the
 * next unlock, so the unlock itself succeeds. If a failure locked the vault (the database step
 * of a rekey), the unlock reports that error; and whatever this throws, the vault is locked
 * first, so an unlock never answers an error with the vault left open.
 */
export async function afterUnlock(core: Core): Promise<ChannelOutput<'vault.unlock'>['reapplied']> {
  let reapplied: ChannelOutput<'vault.unlock'>['reapplied'];
  try {
    const { catchUp } = await reconcileLedger({
      db: core.vault.db,
      vaultId: core.vault.vaultId()!,
      keyStore: core.vault.keyStore,
      durable: core.vault.durable,
      now: core.now,
    }).catch((err: unknown) => {
      // A keychain that stops answering midway: the check and write-out run again next unlock.
      if (err instanceof KeychainUnavailableError || err instanceof KeychainLockedError)
        return { catchUp: 'unchecked' as const };
      throw err;
    });
    reapplied =
      catchUp === 'unchecked' || catchUp.shreddings + catchUp.notReapplied > 0 ? catchUp : null;
    // After a catch-up, another copy's backups taken since the newest shredding stay.
    const keepAfter =
      reapplied !== null && reapplied !== 'unchecked' ? newestDeletionAt(core.vault.db) : undefined;
    const { finishing, error } = await finishShreddingDetail(shredContext(core, keepAfter));
    noteFinishing(core, finishing);
    if (finishing !== 'done' && core.vault.state() !== 'unlocked') {
      throw (error instanceof VaultError ? error : toEnvironmentError(error)) ?? error;
    }
  } catch (err) {
    core.vault.lock();
    throw err;
  }
  const folder = backupFolderOf(readSettings(core.dataDir));
  if (folder) {
    const { backupIfDue } = await import('../retention/backups');
    try {
      backupIfDue(core.vault, folder, readSettings(core.dataDir).backupGenerations, core.now());
    } catch {
      // An unplugged USB stick must not block unlock; the backups screen shows the last backup's age.
    }
  }
  return reapplied;
}

function backupStatus(core: Core) {
  const s = readSettings(core.dataDir);
  const folder = backupFolderOf(s);
  return {
    folder: s.backupFolder,
    generations: s.backupGenerations,
    backups: folder ? listBackups(folder, core.vault.vaultId()!) : [],
  };
}

/** The retention feature's handlers (due items, shredding, certificates, backups). */
export type RetentionHandlers = Pick<HandlerTable, RetentionChannel>;

export const retentionHandlers: RetentionHandlers = {
  'retention.due': async (core, i) => {
    const { today, items, invalidRules } = dueWithLabels(
      core.vault.db,
      core.now(),
      timeZone(),
      i.horizonDays ?? 30,
    );
    return {
      today,
      items: items.map((x) => ({ ...x, categories: [...x.categories] })),
      counts: {
        dueNow: items.filter((x) => x.effectiveOn <= today).length,
        upcoming: items.filter((x) => x.effectiveOn > today).length,
      },
      invalidRules: invalidRules.map((r) => ({ ...r })),
      finishingPending: shredPending(core.vault.db)
        ? (lastPending.get(core.vault) ?? 'unexpected')
        : null,
      programmes: programmeStatuses(core.vault.db, core.now(), timeZone()),
    };
  },
  'retention.review': async (core, i) => {
    const review = reviewCloseOut(core.vault.db, i.programmeId);
    return {
      ...review,
      participants: review.participants.map((p) => ({ ...p, keptFor: [...p.keptFor] })),
    };
  },
  'retention.closeOut': async (core, i) => {
    const presetId = programmePresetId(core.vault.db, i.programmeId);
    const paper = Object.fromEntries(Object.entries(i.paper).map(([k, v]) => [Number(k), v]));
    const { record, finishing } = await closeOutProgramme(shredContext(core), {
      programmeId: i.programmeId,
      typedName: i.typedName,
      paper,
      presetId,
    });
    // Deleted either way: the finishing says whether the rest is done or pending, and why.
    noteFinishing(core, finishing);
    return { recordId: record.id, finishing };
  },
  'retention.eraseParticipant': async (core, i) => {
    const name = participantFullName(core.vault.db, i.participantId);
    if (!confirmationMatches(i.typedName, name))
      throw new DomainError('confirmationMismatch', 'typedName');
    const { record, finishing } = await eraseParticipant(shredContext(core), {
      participantId: i.participantId,
      paper: i.paper,
      reason: i.reason,
    });
    noteFinishing(core, finishing);
    return { recordId: record.id, finishing };
  },
  'retention.reviewErase': async (core, i) => ({
    counts: reviewParticipantErasure(core.vault.db, i.participantId),
  }),
  'retention.reviewItem': async (core, i) => {
    const { item, target } = categoryTargetFor(core.vault.db, core.now(), timeZone(), i.itemKey);
    const review = reviewCategoryPurge(core.vault.db, target, categoryPlanHelpers);
    return {
      itemKey: item.key,
      participantId: target.participantId,
      label: item.label,
      category: target.category as Category,
      trigger: item.trigger,
      period: item.period,
      presetId: item.presetId,
      counts: review.counts,
      wholePerson: review.wholePerson,
      kept: review.kept.map((k) => ({ ...k, reason: { ...k.reason } })),
    };
  },
  'retention.purgeItem': async (core, i) => {
    const { record, wholePerson, finishing } = await shredDueCategory(shredContext(core), {
      itemKey: i.itemKey,
      typedName: i.typedName,
      paper: i.paper,
      timeZone: timeZone(),
    });
    noteFinishing(core, finishing);
    return { recordId: record.id, wholePerson, finishing };
  },
  'retention.postpone': async (core, i) => {
    const actor = core.actor ?? readSettings(core.dataDir).consultant;
    const until = isoDate(i.until); // checked by the contract's IsoDate; branded here
    postponeDueItem(core.vault.db, { ...i, until }, core.now(), timeZone(), actor);
    return {};
  },
  'retention.progress': async (core) => ({ phase: progressOf(core).phase }),
  'retention.presets.list': async (core) => listPresets(core.vault.db, core.now()),
  'retention.presets.save': async (core, i) => savePreset(core.vault.db, i, core.now()),
  'retention.certificates.list': async (core) => {
    const records = listDeletionRecords(core.vault.db);
    const chain = verifyChain(records);
    return {
      records: records.map((r) => ({
        ...r,
        body: { ...r.body },
        programme: recordProgramme(core.vault.db, r),
      })),
      chain: chain.ok ? chain : { ok: false, records: chain.records, brokenAt: chain.brokenAt },
    };
  },
  'retention.certificates.export': async (core, i) => {
    const record = getDeletionRecord(core.vault.db, i.id);
    if (!record) throw notFound('certificate');
    const context = certificateContext(core.vault.db, record, timeZone());
    // "slettebevis-2026-11-22-nr-3": the reader's language, the local date, no personal data.
    const base = certificateSheet(record, i.locale, context).fileBase;
    if (i.format === 'json') {
      const json = canonical({
        id: record.id,
        prevHash: record.prevHash,
        hash: record.hash,
        body: record.body,
        // Learnt after the purge, so outside the hashed body: true once the vault confirms it.
        finishing: {
          oldKeyDestroyed: record.oldKeyDestroyed,
          backupsReplaced: record.backupsReplaced,
        },
      });
      return {
        fileName: `${base}.json`,
        mimeType: 'application/json',
        contentBase64: Buffer.from(json).toString('base64'),
      };
    }
    const pdf = await certificatePdf(record, i.locale, context);
    return {
      fileName: pdf.fileName,
      mimeType: 'application/pdf',
      contentBase64: Buffer.from(pdf.bytes).toString('base64'),
    };
  },
  'documents.reconfirm': async (core, i) => reconfirmDocument(core.vault.db, i.id, i.on),
  'backups.status': async (core) => {
    requireUnlocked(core);
    return backupStatus(core);
  },
  'backups.configure': async (core, i) => {
    requireUnlocked(core);
    const settings = readSettings(core.dataDir);
    writeSettings(core.dataDir, {
      ...settings,
      backupFolder: i.stop ? null : settings.backupFolder,
      backupGenerations: i.generations,
    });
    const folder = i.stop ? null : backupFolderOf(settings);
    if (folder) pruneBackups(folder, core.vault.vaultId()!, i.generations);
    return backupStatus(core);
  },
  'backups.chooseFolder': async (core) => {
    requireUnlocked(core);
    const picked = core.pickFolder ? await core.pickFolder() : null;
    // The dialog may have been open a long time: the vault may have locked meanwhile.
    requireUnlocked(core);
    if (picked === null) return { outcome: 'cancelled', status: backupStatus(core) };
    const check = checkBackupFolder(picked);
    if (check !== 'ok') {
      return {
        outcome: check === 'notWritable' ? 'notWritable' : 'notAFolder',
        status: backupStatus(core),
      };
    }
    writeSettings(core.dataDir, { ...readSettings(core.dataDir), backupFolder: picked });
    return { outcome: 'chosen', status: backupStatus(core) };
  },
  'backups.run': async (core) => {
    requireUnlocked(core);
    const s = readSettings(core.dataDir);
    if (!s.backupFolder) throw new DomainError('noBackupFolder');
    const folder = backupFolderOf(s);
    try {
      if (!folder) throw new BackupFolderUnavailableError();
      const taken = takeBackup(core.vault, folder, core.now());
      pruneBackups(folder, core.vault.vaultId()!, s.backupGenerations);
      return taken;
    } catch (err) {
      // An unplugged drive: the page says the folder cannot be reached, not "internal".
      if (err instanceof BackupFolderUnavailableError)
        throw new DomainError('noBackupFolder', 'unavailable');
      throw err;
    }
  },
};

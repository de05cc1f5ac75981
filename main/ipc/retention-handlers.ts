// Handlers for retention and backups: what is due, close-out, erasure, postponement, presets,
// certificates, backups. Long shreddings report their phase through retention.progress.
import { reconfirmDocument } from '../domain/documents';
import { DomainError, notFound } from '../domain/errors';
import {
  listBackups,
  pruneBackups,
  replaceBackupsAfterShredding,
  takeBackup,
} from '../retention/backups';
import { addDays } from '../retention/calendar';
import { readIssuer } from '../domain/issuer';
import { certificatePdf } from '../retention/certificate-pdf';
import { certificateContext, recordProgramme } from '../retention/certificate-context';
import { certificateSheet } from '../retention/certificate-text';
import {
  canonical,
  getDeletionRecord,
  listDeletionRecords,
  verifyChain,
} from '../retention/certificates';
import { dueWithLabels } from '../retention/due-data';
import { listPresets, presetForCountry, savePreset } from '../retention/policies';
import { reviewCloseOut } from '../retention/purge';
import {
  closeOutProgramme,
  eraseParticipant,
  finishShredding,
  type ShredContext,
  type ShredPhase,
} from '../retention/shred';
import { toEnvironmentError } from '../vault/environment-errors';
import { VaultError } from '../vault/errors';
import { readSettings, writeSettings } from '../vault/settings';
import type { Core, HandlerTable } from './handlers';

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

export const timeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The shredding context for this core: phases for the progress bar, backups replaced if a folder is set. */
export function shredContext(core: Core): ShredContext {
  const settings = readSettings(core.dataDir);
  const progress = progressOf(core);
  return {
    vault: core.vault,
    now: core.now,
    // The record names the consultant from Settings once set; before that, the audit actor.
    actor: readIssuer(core.vault.db).consultantName || (core.actor ?? settings.consultant),
    onPhase: (phase) => (progress.phase = phase === 'done' ? 'idle' : phase),
    backupsConfigured: () => settings.backupFolder !== null,
    replaceBackups: async () => {
      if (!settings.backupFolder) return false;
      replaceBackupsAfterShredding(core.vault, settings.backupFolder, core.now());
      return true;
    },
  };
}

/** After every unlock: finish a shredding a crash interrupted, then take the daily backup if one is due. */
/**
 * Runs after every unlock: finishes an interrupted shredding, then the daily backup. Unlock is
 * all-or-nothing about the key, not about these steps: a finishing step that fails for a known
 * cause (full disk, read-only folder, keychain) stays recorded as pending (the purge's marker)
 * and runs again at the next unlock, so the unlock itself succeeds. If a failure locked the
 * vault (the database step of a rekey), the unlock reports that error.
 */
export async function afterUnlock(core: Core): Promise<void> {
  try {
    await finishShredding(shredContext(core));
  } catch (err) {
    const typed = err instanceof VaultError ? err : toEnvironmentError(err);
    if (!typed || core.vault.state() !== 'unlocked') throw typed ?? err;
  }
  const settings = readSettings(core.dataDir);
  if (settings.backupFolder) {
    const { backupIfDue } = await import('../retention/backups');
    try {
      backupIfDue(core.vault, settings.backupFolder, settings.backupGenerations, core.now());
    } catch {
      // An unplugged USB stick must not block unlock; the backups screen shows the last backup's age.
    }
  }
}

function backupStatus(core: Core) {
  const s = readSettings(core.dataDir);
  return {
    folder: s.backupFolder,
    generations: s.backupGenerations,
    backups: s.backupFolder ? listBackups(s.backupFolder, core.vault.vaultId()!) : [],
  };
}

export const retentionHandlers: Pick<HandlerTable, RetentionChannel> = {
  'retention.due': async (core, i) => {
    const { today, items } = dueWithLabels(
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
    const db = core.vault.db;
    const programme = db
      .prepare('SELECT country, retention_preset_id AS presetId FROM programmes WHERE id = ?')
      .get<{ country: 'DK' | 'NO'; presetId: string | null }>([i.programmeId]);
    if (!programme) throw notFound('programme');
    const paper = Object.fromEntries(Object.entries(i.paper).map(([k, v]) => [Number(k), v]));
    const record = await closeOutProgramme(shredContext(core), {
      programmeId: i.programmeId,
      typedName: i.typedName,
      paper,
      presetId: programme.presetId ?? presetForCountry(programme.country),
    });
    return { recordId: record.id };
  },
  'retention.eraseParticipant': async (core, i) => {
    const person = core.vault.db
      .prepare("SELECT given_name || ' ' || family_name AS name FROM participants WHERE id = ?")
      .get<{ name: string }>([i.participantId]);
    if (!person) throw notFound('participant');
    if (i.typedName.trim().normalize('NFC') !== person.name.trim().normalize('NFC'))
      throw new DomainError('confirmationMismatch', 'typedName');
    const record = await eraseParticipant(shredContext(core), {
      participantId: i.participantId,
      paper: i.paper,
      reason: i.reason,
    });
    return { recordId: record.id };
  },
  'retention.postpone': async (core, i) => {
    const db = core.vault.db;
    const { today, items } = dueWithLabels(db, core.now(), timeZone(), 30);
    if (!items.some((x) => x.key === i.itemKey)) throw notFound('dueItem');
    if (i.until <= today || i.until > addDays(today, 30))
      throw new DomainError('postponeTooLong', 'until');
    const settings = readSettings(core.dataDir);
    db.prepare(
      'INSERT INTO retention_postponements (item_key, reason, until, recorded_at, actor) VALUES (?, ?, ?, ?, ?)',
    ).run([
      i.itemKey,
      i.reason,
      i.until,
      core.now().toISOString(),
      core.actor ?? settings.consultant,
    ]);
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
        finishing: { oldKeyDestroyed: record.oldKeyDestroyed },
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
  'backups.status': async (core) => backupStatus(core),
  'backups.configure': async (core, i) => {
    writeSettings(core.dataDir, {
      ...readSettings(core.dataDir),
      backupFolder: i.folder,
      backupGenerations: i.generations,
    });
    if (i.folder) pruneBackups(i.folder, core.vault.vaultId()!, i.generations);
    return backupStatus(core);
  },
  'backups.run': async (core) => {
    const s = readSettings(core.dataDir);
    if (!s.backupFolder) throw new DomainError('noBackupFolder');
    const taken = takeBackup(core.vault, s.backupFolder, core.now());
    pruneBackups(s.backupFolder, core.vault.vaultId()!, s.backupGenerations);
    return taken;
  },
};

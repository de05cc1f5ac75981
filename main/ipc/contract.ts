// The IPC contract: every channel's name, zod input and zod output. Shared by the main
// process, the preload, the test bridge and the renderer, so it imports neither electron nor node.
import { z } from 'zod';
import * as C from './schemas/caseload';
import * as R from './schemas/retention';
import * as Q from './schemas/requests';
import * as A from './schemas/access-copy';
import * as I from './schemas/import';
import * as P from './schemas/profile';
import { PARTICIPANT_TASKS } from '../domain/participant-tasks';
import { Id, IsoDate, IsoDateTime, Line, Text } from './schemas/common';

const MAX_PASSPHRASE = 1024;
export const MIN_PASSPHRASE = 12;

const Empty = z.object({}).strict();
const Passphrase = z.string().min(1).max(MAX_PASSPHRASE);

export const VaultStatus = z
  .object({
    state: z.enum(['absent', 'locked', 'unlocked']),
    /** Minutes of inactivity before the app locks itself. */
    idleLockMinutes: z.number().int().min(1).max(240),
  })
  .strict();

const KeychainOutcome = z.enum(['stored', 'unavailable', 'notRequested', 'conflict']);
const NewPassphrase = z.string().min(MIN_PASSPHRASE).max(MAX_PASSPHRASE);
/**
 * The recovery copy of the key (vault.key.json) as the unlock found it: 'ok'; 'repaired' (it was
 * missing, damaged or not authentic and was rebuilt from the copy pinned inside the vault;
 * nothing lost); 'missing' (no usable copy at all: the consultant must set a new recovery
 * passphrase with vault.resetRecovery).
 */
const RecoveryState = z.enum(['ok', 'repaired', 'missing']);
/** The keychain after a keychain unlock: 'pending' = a write failed and is retried next unlock. */
const KeychainState = z.enum(['ok', 'pending', 'unavailable', 'skipped', 'conflict']);

/**
 * The shredding ledger at unlock (retention/shred-ledger.ts): null when the vault held every
 * shredding the keychain records; otherwise this copy of the vault was older and the missing
 * shreddings were applied again before it opened (how many, how many people that removed, and
 * how many could not be named again: records from before tombstones, or unreadable entries);
 * 'unchecked' when the keychain could not be read (the check runs again at the next unlock).
 */
export const Reapplied = z.union([
  z
    .object({
      shreddings: z.number().int().min(0),
      people: z.number().int().min(0),
      notReapplied: z.number().int().min(0),
    })
    .strict(),
  z.literal('unchecked'),
  z.null(),
]);

/** What the page learns about a picked backup: never its path, only its own file name and date. */
export const BackupPick = z
  .object({
    outcome: z.enum(['picked', 'cancelled', 'notABackup', 'keyFileMissing']),
    fileName: z.string().max(255).nullable(),
    takenAt: IsoDateTime.nullable(),
  })
  .strict();

/** Device settings shown under Settings → Security; nothing personal. */
export const SecuritySettings = z
  .object({
    idleLockMinutes: z.number().int().min(1).max(240),
    /** When the recovery passphrase was last shown to work (test, change, restore, create). */
    recoveryTestedAt: IsoDateTime.nullable(),
    /** True when the gentle 90-day reminder to test the passphrase should show. */
    recoveryReminderDue: z.boolean(),
  })
  .strict();

export const contract = {
  'vault.status': { input: Empty, output: VaultStatus },
  'vault.create': {
    input: z.object({ passphrase: z.string().min(MIN_PASSPHRASE).max(MAX_PASSPHRASE) }).strict(),
    output: z.object({ keychain: KeychainOutcome }).strict(),
  },
  'vault.unlock': {
    input: Empty,
    output: z
      .object({ recovery: RecoveryState, keychain: KeychainState, reapplied: Reapplied })
      .strict(),
  },
  'vault.unlockWithPassphrase': {
    input: z
      .object({ passphrase: Passphrase, rememberInKeychain: z.boolean().optional() })
      .strict(),
    output: z
      .object({ keychain: KeychainOutcome, recovery: RecoveryState, reapplied: Reapplied })
      .strict(),
  },
  'vault.lock': { input: Empty, output: z.object({}).strict() },
  /**
   * After an unlock that answered keychain 'conflict': use this copy of the vault on this
   * computer (its key replaces the other copy's in the keychain). Needs the vault unlocked.
   */
  'vault.keepKeyInKeychain': {
    input: Empty,
    output: z.object({ keychain: KeychainState }).strict(),
  },
  /** Opens the main process's file dialog; the chosen path stays there, the page sees only the outcome. */
  'vault.pickBackup': { input: Empty, output: BackupPick },
  /** Restores the picked backup pair into the empty data folder, unlocks, and keeps the key in the keychain. */
  'vault.restore': {
    input: z.object({ passphrase: Passphrase }).strict(),
    output: z.object({ keychain: KeychainOutcome, reapplied: Reapplied }).strict(),
  },
  /** Re-wraps the recovery copy under a new passphrase; the vault key (and the keychain's copy) stay. */
  'vault.changePassphrase': {
    input: z.object({ current: Passphrase, next: NewPassphrase }).strict(),
    output: z.object({}).strict(),
  },
  /**
   * For an open vault whose recovery copy is lost (unlock said recovery 'missing'): a new
   * recovery passphrase, and with it a new recovery copy of the (unchanged) vault key.
   */
  'vault.resetRecovery': {
    input: z.object({ passphrase: NewPassphrase }).strict(),
    output: z.object({}).strict(),
  },
  /**
   * The way forward from keyFileMissing: opens the main process's file dialog for a backup
   * pair's key file (….key.json, or the .db beside it) and puts it back beside the locked vault.
   * The path stays in the main process. 'notAKeyFile': the picked file is no intact key file.
   * Whether it opens this vault is then up to the passphrase unlock.
   */
  'vault.restoreKeyFile': {
    input: Empty,
    output: z.object({ outcome: z.enum(['restored', 'cancelled', 'notAKeyFile']) }).strict(),
  },
  /** Checks the passphrase opens the recovery copy and that it holds the vault's current key. */
  'vault.verifyRecovery': {
    input: z.object({ passphrase: Passphrase }).strict(),
    output: SecuritySettings,
  },
  'settings.get': { input: Empty, output: SecuritySettings },
  'settings.setIdleLock': {
    input: z.object({ minutes: z.number().int().min(1).max(240) }).strict(),
    output: SecuritySettings,
  },
  'settings.dismissRecoveryReminder': { input: Empty, output: SecuritySettings },
  /** Who issues certificates: the consultant's and the organisation's name and address (in the vault). */
  'settings.issuer.get': { input: Empty, output: R.IssuerSettings },
  'settings.issuer.save': { input: R.IssuerSettings, output: R.IssuerSettings },
  'programmes.list': {
    input: z.object({ status: C.ProgrammeStatus.optional() }).strict(),
    output: z.array(C.Programme),
  },
  'programmes.get': { input: z.object({ id: Id }).strict(), output: C.Programme },
  'programmes.create': { input: C.ProgrammeInput, output: C.Programme },
  'programmes.update': {
    input: C.ProgrammeInput.extend({ id: Id, status: C.ProgrammeStatus.optional() }).strict(),
    output: C.Programme,
  },
  'participants.create': {
    input: C.ParticipantInput.extend({ programmeId: Id, enrolledOn: IsoDate }).strict(),
    output: C.SavedParticipant,
  },
  /**
   * Changes a participant's details with a trail (art. 16): `reason` is required when a name or
   * the national ID changes or a rectification request is open (else reasonRequired);
   * `requestId` links the change to an open request of this person.
   */
  'participants.update': {
    input: C.ParticipantInput.extend({
      id: Id,
      reason: Line(500).optional(),
      requestId: Id.optional(),
    }).strict(),
    output: C.SavedParticipant.extend({
      /** Organisations the data was shared with, to be told of the correction (art. 19). */
      recipientsToNotify: z.array(z.string()),
    }).strict(),
  },
  /** The person's trail of corrections, oldest first (an old national ID only masked). */
  'participants.corrections': {
    input: z.object({ participantId: Id }).strict(),
    output: z.array(Q.Correction),
  },
  /** `restricted`: processing is restricted (art. 18), with `restriction` saying since when and why. */
  'participants.get': {
    input: z.object({ id: Id }).strict(),
    output: C.Participant.extend({
      /** Open tasks on the record (domain/participant-tasks.ts), e.g. an e-mail still missing. */
      tasks: z.array(z.enum(PARTICIPANT_TASKS)),
      restricted: z.boolean(),
      restriction: Q.Restriction.nullable(),
    }).strict(),
  },
  /** Restricts processing (art. 18): the person's data is only stored until the restriction is lifted. */
  'participants.restrict': {
    input: z.object({ participantId: Id, reason: Line(500), requestId: Id.optional() }).strict(),
    output: Q.Restriction,
  },
  /** Lifts the restriction, with the reason (the person is told first, art. 18(3)). */
  'participants.liftRestriction': {
    input: z.object({ participantId: Id, reason: Line(500) }).strict(),
    output: z.object({}).strict(),
  },
  'participants.revealNationalId': {
    input: z.object({ id: Id, purpose: z.enum(['reveal', 'copy']) }).strict(),
    output: z.object({ value: z.string().nullable() }).strict(),
  },
  'enrolments.list': {
    input: z.object({ participantId: Id }).strict(),
    output: z.array(C.Enrolment),
  },
  'enrolments.create': {
    input: z.object({ participantId: Id, programmeId: Id, enrolledOn: IsoDate }).strict(),
    output: C.Enrolment,
  },
  'enrolments.end': {
    input: z
      .object({
        participantId: Id,
        programmeId: Id,
        endedOn: IsoDate,
        status: z.enum(['completed', 'withdrawn']),
        /** Why it ended; `reasonText` is the consultant's words, required for 'other' only. */
        reason: C.EndReason,
        reasonText: Line(500).optional(),
      })
      .strict()
      .refine((i) => (i.reason === 'other') === (i.reasonText !== undefined), {
        path: ['reasonText'],
      }),
    output: C.Enrolment,
  },
  'caseload.list': {
    input: C.CaseloadQuery,
    output: z.object({ rows: z.array(C.CaseloadRow), total: z.number().int() }).strict(),
  },
  'caseload.counts': {
    input: Empty,
    output: z.array(
      z
        .object({ programmeId: Id, name: z.string(), country: C.Country, active: z.number().int() })
        .strict(),
    ),
  },
  'sessionNotes.createDraft': {
    input: z
      .object({
        participantId: Id,
        programmeId: Id,
        occurredAt: IsoDateTime,
        kind: C.NoteKind,
        body: Text(C.MAX_NOTE_TEXT),
      })
      .strict(),
    output: C.SessionNote,
  },
  'sessionNotes.saveDraft': {
    input: z
      .object({
        id: Id,
        body: Text(C.MAX_NOTE_TEXT),
        kind: C.NoteKind.optional(),
        occurredAt: IsoDateTime.optional(),
      })
      .strict(),
    output: z.object({ id: Id, updatedAt: z.string() }).strict(),
  },
  'sessionNotes.lock': { input: z.object({ id: Id }).strict(), output: C.SessionNote },
  'sessionNotes.discardDraft': {
    input: z.object({ id: Id }).strict(),
    output: z.object({}).strict(),
  },
  'sessionNotes.addAddendum': {
    input: z
      .object({
        noteId: Id,
        body: Text(C.MAX_NOTE_TEXT).refine((b) => b.trim().length > 0),
        /** The person's open correction request this addendum answers (art. 16). */
        requestId: Id.optional(),
      })
      .strict(),
    output: C.Addendum,
  },
  'sessionNotes.get': { input: z.object({ id: Id }).strict(), output: C.SessionNote },
  'sessionNotes.listForParticipant': {
    input: z
      .object({
        participantId: Id,
        limit: z.number().int().min(1).max(100),
        before: C.NoteCursor.optional(),
      })
      .strict(),
    output: z.object({ notes: z.array(C.SessionNote), next: C.NoteCursor.nullable() }).strict(),
  },
  'templates.list': {
    input: z.object({ locale: C.Locale }).strict(),
    output: z.array(C.NoteTemplate),
  },
  'templates.update': { input: C.NoteTemplate, output: C.NoteTemplate },
  'documents.add': { input: C.DocumentUpload, output: C.DocumentInfo },
  'documents.list': {
    input: z.object({ participantId: Id }).strict(),
    output: z.array(C.DocumentInfo),
  },
  'documents.content': {
    input: z.object({ id: Id }).strict(),
    output: z.object({ document: C.DocumentInfo, contentBase64: z.string() }).strict(),
  },
  /**
   * Deletes a wrongly uploaded document, its bytes with it (audited: the kind, never the name).
   * Refused while the person is restricted.
   */
  'documents.delete': { input: z.object({ id: Id }).strict(), output: z.object({}).strict() },
  'assessments.add': { input: C.AssessmentInput, output: C.Assessment },
  /** Corrects a test result's day, scores and summary. */
  'assessments.update': { input: C.AssessmentCorrection, output: C.Assessment },
  /** Deletes a test result (audited, no content in the trail); its report document stays. */
  'assessments.delete': { input: z.object({ id: Id }).strict(), output: z.object({}).strict() },
  'assessments.list': {
    input: z.object({ participantId: Id }).strict(),
    output: z.array(C.Assessment),
  },
  /**
   * The instruments used before, each with its provider and the scales (name, min, max) of its
   * newest result that has them, so a new result of the same test starts from its scales. Reads
   * no restricted person's results.
   */
  'assessments.instruments': {
    input: z.object({}).strict(),
    output: z.array(C.KnownInstrument),
  },
  'consents.add': {
    input: z
      .object({ participantId: Id, purpose: Line(500), legalBasis: Line(200), givenOn: IsoDate })
      .strict(),
    output: C.Consent,
  },
  'consents.withdraw': {
    input: z.object({ id: Id, withdrawnOn: IsoDate }).strict(),
    output: C.Consent,
  },
  'consents.list': { input: z.object({ participantId: Id }).strict(), output: z.array(C.Consent) },
  /** The participant's recruitment profile (seeds/004); an empty one when none is recorded. */
  'profile.get': {
    input: z.object({ participantId: Id }).strict(),
    output: P.RecruitmentProfile,
  },
  /** Saves the whole profile (every field replaced; an empty profile is removed). */
  'profile.save': { input: P.ProfileSave, output: P.RecruitmentProfile },
  /** Keeps a JPEG or PNG of at most 5 MiB as the profile photo, replacing an earlier one. */
  'profile.setPhoto': { input: P.ProfilePhotoUpload, output: P.ProfilePhotoInfo },
  'profile.photo': {
    input: z.object({ participantId: Id }).strict(),
    output: z.object({ mimeType: P.PhotoType, contentBase64: z.string() }).strict(),
  },
  /** Deletes the profile photo (audited, never the image). */
  'profile.deletePhoto': {
    input: z.object({ participantId: Id }).strict(),
    output: z.object({}).strict(),
  },
  'search.query': {
    input: z
      .object({ text: z.string().max(200), limit: z.number().int().min(1).max(100).optional() })
      .strict(),
    output: z.array(C.SearchHit),
  },
  /** Logs a data-subject request; due one calendar month after `receivedOn` (art. 12(3)). */
  'requests.log': { input: Q.LogRequestInput, output: Q.DataSubjectRequest },
  /** Open requests by deadline (one person's, or all; closed ones too with includeClosed). */
  'requests.list': { input: Q.ListRequestsInput, output: z.array(Q.ListedRequest) },
  /** How the identity was checked (never a copy of a document); the checker is the consultant. */
  'requests.recordIdentity': { input: Q.IdentityCheckInput, output: Q.DataSubjectRequest },
  'requests.extend': { input: Q.ExtendRequestInput, output: Q.DataSubjectRequest },
  'requests.start': { input: z.object({ id: Id }).strict(), output: Q.DataSubjectRequest },
  'requests.close': { input: Q.CloseRequestInput, output: Q.DataSubjectRequest },
  /**
   * The access copy (art. 15, 20) for an open access request whose identity check is recorded:
   * one AES-256 PDF written to a folder picked in the main process's dialog; the request is
   * completed and the export audited. Answers the file name and the passphrase, never a path.
   */
  'requests.exportAccessCopy': {
    input: A.ExportAccessCopyInput,
    output: A.AccessCopyExported,
  },
  /** What erasing the person of an open erasure request removes, and what a rule keeps. */
  'requests.reviewErasure': {
    input: z.object({ requestId: Id }).strict(),
    output: Q.ErasureReview,
  },
  /**
   * Erasure on request (art. 17): identity checked, full name typed; what a rule keeps stays and
   * the request is partly refused with `refusalReason`; otherwise it is completed.
   */
  'requests.erase': {
    input: Q.EraseOnRequestInput,
    output: z.object({ recordId: Id, finishing: R.Finishing, partlyRefused: z.boolean() }).strict(),
  },
  /** Records what was shared about a person, with whom, when and why (art. 15(1)(c), 19, 30). */
  'disclosures.record': { input: Q.RecordDisclosureInput, output: Q.Disclosure },
  'disclosures.list': {
    input: z.object({ participantId: Id }).strict(),
    output: z.array(Q.Disclosure),
  },
  /** For the banner: open requests overdue and due within a week, local day. */
  'requests.counts': { input: Empty, output: Q.RequestCounts },
  'retention.due': {
    input: z.object({ horizonDays: z.number().int().min(0).max(366).optional() }).strict(),
    output: R.DueSummary,
  },
  'retention.review': { input: z.object({ programmeId: Id }).strict(), output: R.CloseOutReview },
  'retention.closeOut': {
    input: z
      .object({ programmeId: Id, typedName: z.string().max(200), paper: R.PaperChecklist })
      .strict(),
    output: R.ShredOutcome,
  },
  'retention.eraseParticipant': {
    input: z
      .object({
        participantId: Id,
        typedName: z.string().max(500),
        paper: z.enum(['shredded', 'none']),
        reason: z.enum(['dataSubjectRequest', 'retentionDue']),
      })
      .strict(),
    output: R.ShredOutcome,
  },
  'retention.reviewErase': {
    input: z.object({ participantId: Id }).strict(),
    output: z.object({ counts: z.record(z.string(), z.number().int()) }).strict(),
  },
  'retention.reviewItem': {
    input: z.object({ itemKey: z.string().min(1).max(200) }).strict(),
    output: R.CategoryPurgeReview,
  },
  'retention.purgeItem': {
    input: z
      .object({
        itemKey: z.string().min(1).max(200),
        typedName: z.string().max(500),
        paper: z.enum(['shredded', 'none']),
      })
      .strict(),
    output: R.CategoryPurgeOutcome,
  },
  'retention.postpone': {
    input: z
      .object({ itemKey: z.string().min(1).max(200), reason: Line(500), until: IsoDate })
      .strict(),
    output: z.object({}).strict(),
  },
  'retention.progress': { input: Empty, output: z.object({ phase: R.ShredPhase }).strict() },
  'retention.presets.list': { input: Empty, output: z.array(R.StoredPreset) },
  'retention.presets.save': { input: R.Preset, output: R.Preset },
  'retention.certificates.list': {
    input: Empty,
    output: z
      .object({
        records: z.array(R.CertificateRecord),
        chain: z
          .object({ ok: z.boolean(), records: z.number().int(), brokenAt: Id.optional() })
          .strict(),
      })
      .strict(),
  },
  'retention.certificates.export': {
    input: z.object({ id: Id, format: z.enum(['json', 'pdf']), locale: C.Locale }).strict(),
    output: z
      .object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() })
      .strict(),
  },
  'documents.reconfirm': {
    input: z.object({ id: Id, on: IsoDate }).strict(),
    output: C.DocumentInfo,
  },
  'backups.status': { input: Empty, output: R.BackupStatus },
  /** The folder is never sent by the page: it is picked with backups.chooseFolder. */
  'backups.configure': { input: R.BackupConfigure, output: R.BackupStatus },
  /** Opens the main process's folder picker; the folder is checked writable before it is saved. */
  'backups.chooseFolder': { input: Empty, output: R.BackupFolderChoice },
  'backups.run': { input: Empty, output: R.BackupInfo },
  /**
   * Opens the main process's file picker for an enrolment list (CSV or XLSX) for a programme,
   * reads it in memory (never copied, the path never reaches the page) and suggests a mapping
   * (remembered per funder). One list is held at a time; locking the vault drops it.
   */
  'import.open': { input: z.object({ programmeId: Id }).strict(), output: I.OpenedList },
  /** What importing the held list with `mapping` would do, row by row; writes nothing. */
  'import.preview': { input: I.PreviewInput, output: I.ImportPlan },
  /** Imports the held list: every row in one transaction, or none (importRefused). */
  'import.commit': { input: I.CommitInput, output: I.ImportResult },
  /** Drops the held list from memory. */
  'import.close': { input: z.object({ listId: I.ListId }).strict(), output: z.object({}).strict() },
  'import.progress': { input: Empty, output: I.ImportProgress },
} as const;

/** Channels that only read in-memory state and must answer while a long call (a close-out) runs. */
export const CONCURRENT_CHANNELS: readonly ChannelName[] = [
  'retention.progress',
  'import.progress',
];

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export const channelNames = Object.keys(contract) as ChannelName[];

/** Error codes that may cross IPC; the renderer translates each one. */
export const ErrorCode = z.enum([
  'validation',
  'vaultLocked',
  'vaultAbsent',
  'vaultExists',
  'wrongPassphrase',
  'wrongKey',
  'keychainUnavailable',
  'keychainEntryMissing',
  'vaultCorrupt',
  'vaultFromFuture',
  'weakPassphrase',
  /** The OS keychain answers but is locked (login keyring not unlocked, prompt dismissed). */
  'keychainLocked',
  /** A write failed for lack of space (SQLITE_FULL, ENOSPC, EDQUOT); nothing was half-written. */
  'diskFull',
  /** The data folder or a file in it cannot be written (read-only mount, permissions). */
  'storageReadOnly',
  /** vault.db exists but vault.key.json beside it does not. */
  'keyFileMissing',
  /** The recovery copy in vault.key.json is damaged; a keychain unlock repairs it. */
  'recoveryDamaged',
  /** An earlier finishing step (e.g. of an interrupted rekey) must complete first. */
  'finishingPending',
  'notFound',
  'noteLocked',
  'invalidNationalId',
  'duplicateNationalId',
  'documentTooLarge',
  'invalidDates',
  'notEnrolled',
  'paperChecklistIncomplete',
  'confirmationMismatch',
  'programmeClosed',
  'postponeTooLong',
  'noBackupFolder',
  'requestClosed',
  'identityNotChecked',
  'reasonRequired',
  'restricted',
  'directionControl',
  /** An enrolment list with a refused row or an incomplete mapping; nothing was imported. */
  'importRefused',
  /** The list was dropped (the vault locked, another list opened): open it again. */
  'importListGone',
  'listTooLarge',
  'listTooManyRows',
  'listEmpty',
  'listUnreadable',
  /** A pre-2007 .xls workbook: save it as .xlsx or CSV. */
  'listOldExcel',
  'unknownChannel',
  'forbidden',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** `details` carries machine codes only (e.g. which national-ID rule failed), never values. */
export type IpcError = Readonly<{ code: ErrorCode; field?: string; details?: readonly string[] }>;
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** What `window.vault` is: one async function per channel, returning a result envelope. */
export type VaultApi = {
  readonly [C in ChannelName]: (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;
};

// IPC schemas for retention: what is due, close-out, postponement, erasure, presets, certificates, backups.
import { z } from 'zod';
import { FINISHING_REASONS } from '../../retention/finishing-reasons';
import { Category, Preset, Rule, StoredPreset, Trigger } from '../../retention/policy-schema';
import { Id, IsoDate } from './common';

export { Preset, Rule, StoredPreset };

export const DueScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('programme'), programmeId: Id }).strict(),
  z.object({ kind: z.literal('participant'), participantId: Id }).strict(),
  z.object({ kind: z.literal('document'), documentId: Id, participantId: Id }).strict(),
  z.object({ kind: z.literal('consent'), consentId: Id, participantId: Id }).strict(),
]);

export const DueItem = z
  .object({
    key: z.string(),
    scope: DueScope,
    /** What the consultant recognises: the programme's or the participant's name. */
    label: z.string(),
    categories: z.array(Category),
    trigger: Trigger,
    period: z.string(),
    presetId: z.string(),
    since: z.string(),
    dueOn: z.string(),
    effectiveOn: z.string(),
    postponedUntil: z.string().nullable(),
    action: z.enum(['prompt', 'automatic']),
  })
  .strict();

/** Why the finishing steps after a purge are pending (see retention/finishing.ts). */
export const FinishingReason = z.enum(FINISHING_REASONS);

/**
 * The finishing steps after a purge: 'done', or pending with why; `vaultLocked`: the failure
 * locked the vault (the next unlock finishes).
 */
export const Finishing = z.union([
  z.literal('done'),
  z.object({ pending: FinishingReason, vaultLocked: z.boolean() }).strict(),
]);

/** A close-out or erasure: the data is deleted (the record is written); finishing says the rest. */
export const ShredOutcome = z.object({ recordId: Id, finishing: Finishing }).strict();

export const DueSummary = z
  .object({
    today: z.string(),
    items: z.array(DueItem),
    counts: z.object({ dueNow: z.number().int(), upcoming: z.number().int() }).strict(),
    /** Rules whose period cannot be computed (beyond the calendar): flagged on screen, not fatal. */
    invalidRules: z
      .array(z.object({ presetId: z.string(), period: z.string() }).strict())
      .optional(),
    /** An earlier shredding's finishing steps still owed, with the last known reason; null: none. */
    finishingPending: FinishingReason.nullable().optional(),
    /** Each programme's status as shown: closing once its end date has passed (retention/due.ts). */
    programmes: z
      .array(
        z.object({ programmeId: Id, status: z.enum(['active', 'closing', 'closed']) }).strict(),
      )
      .optional(),
  })
  .strict();

export const CloseOutReview = z
  .object({
    programmeId: Id,
    counts: z.record(z.string(), z.number().int()),
    participants: z.array(
      z
        .object({
          id: Id,
          givenName: z.string(),
          familyName: z.string(),
          keptFor: z.array(z.string()),
          /** Restricted (art. 18): the close-out is refused until the restriction is lifted. */
          restricted: z.boolean(),
        })
        .strict(),
    ),
  })
  .strict();

/** Why something of the person stays after a rule's category purge (retention/purge.ts). */
export const KeptReason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('programme'), programme: z.string() }).strict(),
  z.object({ kind: z.literal('notYetDue') }).strict(),
  z.object({ kind: z.literal('stillActive') }).strict(),
  z.object({ kind: z.literal('otherRule') }).strict(),
]);

/** One due item's rule on its category only: what goes (counts per category), what stays and why. */
export const CategoryPurgeReview = z
  .object({
    itemKey: z.string(),
    participantId: Id,
    /** The person's name, typed in full to confirm. */
    label: z.string(),
    category: Category,
    trigger: Trigger,
    period: z.string(),
    presetId: z.string(),
    counts: z.record(z.string(), z.number().int()),
    /** The person goes too: the rule names the person, or nothing would be left that any rule keeps. */
    wholePerson: z.boolean(),
    kept: z.array(
      z.object({ category: z.string(), count: z.number().int(), reason: KeptReason }).strict(),
    ),
  })
  .strict();

/** A category purge: deleted (record written), whether the person went too, and the finishing. */
export const CategoryPurgeOutcome = z
  .object({ recordId: Id, wholePerson: z.boolean(), finishing: Finishing })
  .strict();

/** Participant id (as a string key) → what happened to their paper notes. */
export const PaperChecklist = z
  .record(z.string().regex(/^[1-9]\d{0,15}$/), z.enum(['shredded', 'none']))
  .refine((r) => Object.keys(r).length <= 100_000);

export const CertificateRecord = z
  .object({
    id: Id,
    prevHash: z.string(),
    hash: z.string(),
    body: z.record(z.string(), z.unknown()),
    /** Confirmed by the vault after the rekey; not part of the hashed body. */
    oldKeyDestroyed: z.boolean(),
    /** Older backups deleted and a fresh one taken after this record (the finishing marker); not hashed. */
    backupsReplaced: z.boolean(),
    /** The programme's name and funder: from the body, or for an older record from the programme. */
    programme: z.object({ name: z.string(), funder: z.string() }).strict().nullable(),
  })
  .strict();

const NoControl = /^[^\p{Cc}]*$/u;
/** Who issues certificates (Settings); an empty field is "not set". */
export const IssuerSettings = z
  .object({
    consultantName: z.string().trim().max(200).regex(NoControl),
    organisationName: z.string().trim().max(200).regex(NoControl),
    /** Street, postcode and town, one per line. */
    organisationAddress: z
      .string()
      .max(500)
      .regex(/^(?:[^\p{Cc}]|\r?\n)*$/u),
  })
  .strict();

export const BackupInfo = z
  .object({
    name: z.string(),
    takenAt: z.string(),
    sizeBytes: z.number().int(),
    holdsData: z.boolean(),
  })
  .strict();

export const BackupStatus = z
  .object({
    folder: z.string().nullable(),
    generations: z.number().int(),
    backups: z.array(BackupInfo),
  })
  .strict();

/** How many daily copies to keep; `stop: true` forgets the folder (its copies stay where they are). */
export const BackupConfigure = z
  .object({ generations: z.number().int().min(1).max(60), stop: z.literal(true).optional() })
  .strict();

/**
 * The OS folder picker in the main process: 'chosen' (checked writable, then saved), 'cancelled',
 * 'notWritable' (a probe file could not be created there), 'notAFolder' (not an absolute path to
 * a folder). The page never sends a path; it sees the saved folder in `status`.
 */
export const BackupFolderChoice = z
  .object({
    outcome: z.enum(['chosen', 'cancelled', 'notWritable', 'notAFolder']),
    status: BackupStatus,
  })
  .strict();

export const ShredPhase = z.enum(['idle', 'purge', 'merge', 'vacuum', 'rekey', 'backup', 'done']);

export { IsoDate };

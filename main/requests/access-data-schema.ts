// The shape of `data.json` in an access copy (GDPR art. 15(3) copy, art. 20 machine-readable
// form): every column the vault holds about one person, named as in the vault in camelCase
// (`given_name` → `givenName`), values as stored (dates YYYY-MM-DD, instants ISO 8601 UTC), except
// that assessment scores are parsed from their JSON text. Objects are strict, so a column a
// later migration adds fails the export's own check until it is named here (and the round-trip
// test says so first). Tables this file does not know that refer to the person by
// `participant_id` are carried whole in `additional`.
import { z } from 'zod';
import { Category, Trigger } from '../retention/policy-schema';
import {
  GENDERS,
  MARITAL_STATUSES,
  PHOTO_TYPES,
  SALARY_CURRENCIES,
  SALARY_PERIODS,
} from '../domain/profile-vocabulary';
import {
  CORRECTED_FIELDS,
  IDENTITY_METHODS,
  REQUEST_CHANNELS,
  REQUEST_KINDS,
  REQUEST_STATUSES,
} from './vocabulary';

const Text = z.string();
const MaybeText = z.string().nullable();
const Int = z.number().int();
const MaybeInt = z.number().int().nullable();

export const AccessParticipant = z
  .object({
    id: Int,
    givenName: Text,
    familyName: Text,
    /** Derived from the name for sorting (text.ts nameSortKey): weights, not readable text. */
    sortKey: Text,
    /** Derived from the name for search: its folded spellings (text.ts nameSearchForms). */
    nameFolded: Text,
    nationalIdKind: z.enum(['cpr', 'fnr', 'd-number', 'h-number', 'none']),
    /** In full, as stored: digits only (a CPR is shown DDMMYY-XXXX in the report). */
    nationalId: MaybeText,
    /** The keyed hash the vault finds the ID by; meaningless without the vault's own key. */
    nationalIdHash: MaybeText,
    email: Text,
    phone: MaybeText,
    address: MaybeText,
    lastContactAt: MaybeText,
    /** The random reference the audit log names the person by. */
    auditRef: Text,
    createdAt: Text,
    updatedAt: Text,
  })
  .strict();

export const AccessProgramme = z
  .object({
    id: Int,
    name: Text,
    funder: Text,
    country: z.enum(['DK', 'NO']),
    startsOn: Text,
    endsOn: Text,
    status: z.enum(['active', 'closing', 'closed']),
    retentionPresetId: MaybeText,
    createdAt: Text,
    updatedAt: Text,
  })
  .strict();

export const AccessEnrolment = z
  .object({
    id: Int,
    participantId: Int,
    programmeId: Int,
    enrolledOn: Text,
    endedOn: MaybeText,
    status: z.enum(['active', 'completed', 'withdrawn']),
    endReason: z.enum(['job', 'education', 'sickness', 'moved', 'other']).nullable(),
    endReasonText: MaybeText,
  })
  .strict();

export const AccessAddendum = z
  .object({ id: Int, noteId: Int, body: Text, createdAt: Text, requestId: MaybeInt })
  .strict();

export const AccessNote = z
  .object({
    id: Int,
    participantId: Int,
    programmeId: MaybeInt,
    occurredAt: MaybeText,
    kind: z.enum(['meeting', 'phone', 'email', 'other']),
    body: Text,
    status: z.enum(['draft', 'locked']),
    lockedAt: MaybeText,
    createdAt: Text,
    updatedAt: Text,
    addenda: z.array(AccessAddendum),
  })
  .strict();

export const AccessAssessment = z
  .object({
    id: Int,
    participantId: Int,
    programmeId: MaybeInt,
    provider: Text,
    instrument: Text,
    takenOn: Text,
    /** Parsed from the stored JSON: each score with its scale (null before migration 018). */
    scores: z.array(
      z
        .object({
          name: Text,
          value: z.number(),
          min: z.number().nullable(),
          max: z.number().nullable(),
        })
        .strict(),
    ),
    summary: Text,
    reportDocumentId: MaybeInt,
    createdAt: Text,
  })
  .strict();

export const AccessConsent = z
  .object({
    id: Int,
    participantId: Int,
    purpose: Text,
    legalBasis: Text,
    givenOn: Text,
    withdrawnOn: MaybeText,
  })
  .strict();

export const AccessDocument = z
  .object({
    id: Int,
    participantId: Int,
    programmeId: MaybeInt,
    kind: z.enum(['cv', 'application', 'interview', 'testReport', 'other']),
    fileName: Text,
    mimeType: Text,
    /** Bytes. */
    size: Int,
    /** Hex SHA-256 of the original bytes, which are attached to the PDF as `attachmentName`. */
    sha256: Text,
    createdAt: Text,
    reconfirmedOn: MaybeText,
    /** The attachment's name in the PDF: the file name, made unique and safe if it had to be. */
    attachmentName: Text,
  })
  .strict();

/** The recruitment profile (seeds/004), every column; lists parsed from their JSON text. */
export const AccessProfile = z
  .object({
    participantId: Int,
    dateOfBirth: MaybeText,
    maritalStatus: z.enum(MARITAL_STATUSES).nullable(),
    gender: z.enum(GENDERS).nullable(),
    nationality: MaybeText,
    workExperience: z.array(Text),
    /** Stored as job_references ("references" is an SQL keyword). */
    jobReferences: z.array(Text),
    qualifications: z.array(Text),
    certificates: z.array(Text),
    languages: z.array(Text),
    evaluations: z.array(Text),
    availableFrom: MaybeText,
    availability: MaybeText,
    /** Whole kroner, with its currency and period. */
    salaryAmount: MaybeInt,
    salaryCurrency: z.enum(SALARY_CURRENCIES).nullable(),
    salaryPeriod: z.enum(SALARY_PERIODS).nullable(),
    createdAt: Text,
    updatedAt: Text,
  })
  .strict();

/** The profile photo's facts; its bytes are attached to the PDF as `attachmentName`. */
export const AccessProfilePhoto = z
  .object({
    participantId: Int,
    mimeType: z.enum(PHOTO_TYPES),
    /** Bytes. */
    size: Int,
    sha256: Text,
    createdAt: Text,
    attachmentName: Text,
  })
  .strict();

export const AccessAuditEntry = z
  .object({
    id: Int,
    at: Text,
    /** The consultant who acted. */
    actor: Text,
    action: z.enum(['reveal', 'copy', 'export', 'delete']),
    subjectRef: MaybeText,
    /** What was touched, e.g. "nationalId". */
    detail: Text,
  })
  .strict();

export const AccessRequest = z
  .object({
    id: Int,
    participantId: MaybeInt,
    kind: z.enum(REQUEST_KINDS),
    channel: z.enum(REQUEST_CHANNELS),
    receivedOn: Text,
    dueOn: Text,
    extensionMonths: Int,
    extensionReason: MaybeText,
    extensionToldOn: MaybeText,
    identityMethod: z.enum(IDENTITY_METHODS).nullable(),
    identityCheckedBy: MaybeText,
    identityCheckedOn: MaybeText,
    status: z.enum(REQUEST_STATUSES),
    outcome: Text,
    deletionRecordId: MaybeInt,
    createdBy: Text,
    createdAt: Text,
    updatedAt: Text,
    closedAt: MaybeText,
  })
  .strict();

/** One changed field of a rectification (art. 16): never the old value, except a masked old ID. */
export const AccessCorrection = z
  .object({
    id: Int,
    participantId: Int,
    field: z.enum(CORRECTED_FIELDS),
    changedAt: Text,
    changedBy: Text,
    reason: Text,
    requestId: MaybeInt,
    oldMasked: MaybeText,
  })
  .strict();

export const AccessPostponement = z
  .object({
    id: Int,
    itemKey: Text,
    reason: Text,
    until: Text,
    recordedAt: Text,
    actor: Text,
  })
  .strict();

/** One retention rule that applies to the person, and when it deletes (null: no date yet). */
export const AccessRetention = z
  .object({
    category: Category,
    presetId: Text,
    presetName: Text,
    trigger: Trigger,
    /** ISO 8601 duration, e.g. P3Y. */
    period: Text,
    basis: z.enum(['notice', 'ownChoice']),
    /** The day the trigger happened (programme end, last contact, …), when it has. */
    since: MaybeText,
    /** The day the data falls due for deletion (after any postponement); null until known. */
    deleteOn: MaybeText,
  })
  .strict();

export const AccessCopyData = z
  .object({
    format: z.literal('fortrolig-access-copy'),
    version: z.literal(1),
    generatedAt: Text,
    locale: z.enum(['da', 'nb', 'en']),
    /** The IANA zone local dates in the copy were computed in. */
    timeZone: Text,
    /** Who holds the data (Settings → issuer); empty strings when not set. */
    controller: z
      .object({ organisationName: Text, organisationAddress: Text, consultantName: Text })
      .strict(),
    /** The access request this copy answers; null for an export without one (the admin CLI). */
    requestId: MaybeInt,
    participant: AccessParticipant,
    programmes: z.array(AccessProgramme),
    enrolments: z.array(AccessEnrolment),
    notes: z.array(AccessNote),
    assessments: z.array(AccessAssessment),
    consents: z.array(AccessConsent),
    documents: z.array(AccessDocument),
    /** The recruitment profile; null when none is recorded. */
    profile: AccessProfile.nullable(),
    profilePhoto: AccessProfilePhoto.nullable(),
    audit: z.array(AccessAuditEntry),
    requests: z.array(AccessRequest),
    corrections: z.array(AccessCorrection),
    retentionPostponements: z.array(AccessPostponement),
    retention: z.array(AccessRetention),
    /**
     * Recipients the data was disclosed to (art. 15(1)(c)): every column of the person's rows in
     * the disclosures table (recipient, sharedOn, legalBasis, purpose, documents as JSON text, …).
     */
    disclosures: z.array(z.record(z.string(), z.unknown())),
    /** Other tables that name the person by participant_id: table name → its rows, camelCase. */
    additional: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  })
  .strict();
export type AccessCopyData = z.infer<typeof AccessCopyData>;

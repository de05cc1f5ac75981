// IPC schemas for the caseload: programmes, participants, enrolments, notes, documents, assessments, consents, search.
import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, Line, OptionalLine, Text } from './common';
import { COUNTRIES, ID_COUNTRIES, MAX_NOTE_TEXT } from '../../domain/vocabulary';

export { MAX_NOTE_TEXT };
/** The domain refuses files over 25 MB with a clear `documentTooLarge`; this bound only stops abuse. */
const MAX_BASE64 = 40 * 1024 * 1024;

export const Country = z.enum(COUNTRIES);
export const ProgrammeStatus = z.enum(['active', 'closing', 'closed']);
export const EnrolmentStatus = z.enum(['active', 'completed', 'withdrawn']);
/** Why an enrolment ended (domain/enrolments.ts END_REASONS). */
export const EndReason = z.enum(['job', 'education', 'sickness', 'moved', 'other']);
export const NoteKind = z.enum(['meeting', 'phone', 'email', 'other']);
export const DocumentKind = z.enum(['cv', 'application', 'interview', 'testReport', 'other']);
export const Locale = z.enum(['da', 'nb', 'en']);
export const TemplateKey = z.enum([
  'firstConversation',
  'followUp',
  'cvReview',
  'closingConversation',
]);

export const ProgrammeInput = z
  .object({
    name: Line(200),
    funder: Line(200),
    country: Country,
    startsOn: IsoDate,
    endsOn: IsoDate,
    retentionPresetId: Line(100).nullish(),
  })
  .strict();

export const Programme = z
  .object({
    id: Id,
    name: z.string(),
    funder: z.string(),
    country: Country,
    startsOn: z.string(),
    endsOn: z.string(),
    status: ProgrammeStatus,
    retentionPresetId: z.string().nullable(),
    activeParticipants: z.number().int().nonnegative(),
  })
  .strict();

export const NationalIdInput = z
  .object({ country: z.enum(ID_COUNTRIES), value: z.string().max(32).optional() })
  .strict();

export const ParticipantInput = z
  .object({
    givenName: Line(200),
    familyName: Line(200),
    nationalId: NationalIdInput,
    email: z.email().max(254),
    phone: OptionalLine(50),
    address: Text(500).nullish(),
  })
  .strict();

export const Participant = z
  .object({
    id: Id,
    givenName: z.string(),
    familyName: z.string(),
    nationalIdKind: z.enum(['cpr', 'fnr', 'd-number', 'h-number', 'none']),
    nationalIdMasked: z.string().nullable(),
    email: z.string(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    lastContactAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .strict();

export const SavedParticipant = z
  .object({ participant: Participant, warnings: z.array(z.string()) })
  .strict();

export const Enrolment = z
  .object({
    id: Id,
    participantId: Id,
    programmeId: Id,
    programmeName: z.string(),
    enrolledOn: z.string(),
    endedOn: z.string().nullable(),
    status: EnrolmentStatus,
    endReason: EndReason.nullable(),
    endReasonText: z.string().nullable(),
  })
  .strict();

export const CaseloadQuery = z
  .object({
    programmeId: Id.optional(),
    /** 'all': whatever the enrolment's status. */
    status: EnrolmentStatus.or(z.literal('all')).optional(),
    text: z.string().max(200).optional(),
    /** The consultant chose to match six digits against birth dates (DDMMYY). */
    matchBirthDate: z.boolean().optional(),
    sort: z.enum(['name', 'lastContact', 'nextDue']),
    offset: z.number().int().min(0).max(10_000_000),
    limit: z.number().int().min(1).max(200),
  })
  .strict();

export const CaseloadRow = z
  .object({
    id: Id,
    givenName: z.string(),
    familyName: z.string(),
    nationalIdMasked: z.string().nullable(),
    lastContactAt: z.string().nullable(),
    nextDueOn: z.string().nullable(),
    programmes: z.string(),
    restricted: z.boolean(),
  })
  .strict();

export const Addendum = z
  .object({ id: Id, body: z.string(), createdAt: z.string(), requestId: Id.nullable() })
  .strict();

export const SessionNote = z
  .object({
    id: Id,
    participantId: Id,
    programmeId: Id,
    occurredAt: z.string(),
    kind: NoteKind,
    body: z.string(),
    status: z.enum(['draft', 'locked']),
    lockedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    addenda: z.array(Addendum),
  })
  .strict();

export const NoteCursor = z.object({ occurredAt: z.string().max(40), id: Id }).strict();

export const DocumentInfo = z
  .object({
    id: Id,
    participantId: Id,
    programmeId: Id.nullable(),
    kind: DocumentKind,
    fileName: z.string(),
    mimeType: z.string(),
    size: z.number().int().nonnegative(),
    sha256: z.string(),
    createdAt: z.string(),
  })
  .strict();

export const DocumentUpload = z
  .object({
    participantId: Id,
    programmeId: Id.nullish(),
    kind: DocumentKind,
    fileName: Line(255),
    mimeType: z
      .string()
      .regex(/^[\w.+-]+\/[\w.+-]+$/)
      .max(100),
    contentBase64: z.base64().max(MAX_BASE64),
  })
  .strict();

/**
 * A score as stored. `min` and `max` are null only on results recorded before scales were asked
 * (migration 018): a scale cannot be guessed from a value, so the window says it is not recorded.
 */
export const StoredScore = z
  .object({
    name: z.string(),
    value: z.number(),
    min: z.number().nullable(),
    max: z.number().nullable(),
  })
  .strict();

export const Assessment = z
  .object({
    id: Id,
    participantId: Id,
    programmeId: Id.nullable(),
    provider: z.string(),
    instrument: z.string(),
    takenOn: z.string(),
    scores: z.array(StoredScore),
    summary: z.string(),
    reportDocumentId: Id.nullable(),
  })
  .strict();

/** Why a score row was refused beyond its fields' own checks; the form translates each. */
export const SCORE_RULES = ['scaleOrder', 'outsideScale', 'duplicateName'] as const;
export type ScoreRule = (typeof SCORE_RULES)[number];

const ScoreNumber = z.number().finite().min(-1e6).max(1e6);

/**
 * One score as the consultant records it: the scale's name, the value, and the scale it is read
 * on (`min` < `max`, `min` ≤ `value` ≤ `max`), so 9 of 10 and 9 of 100 never look alike.
 */
export const ScoreInput = z
  .object({ name: Line(100), value: ScoreNumber, min: ScoreNumber, max: ScoreNumber })
  .strict()
  .superRefine((s, ctx) => {
    const rule = (r: ScoreRule, at: 'max' | 'value') =>
      ctx.addIssue({ code: 'custom', path: [at], params: { rule: r }, input: s[at] });
    if (s.min >= s.max) rule('scaleOrder', 'max');
    else if (s.value < s.min || s.value > s.max) rule('outsideScale', 'value');
  });

/** At most 100 scores a result, each name once (compared trimmed and case-blind). */
const Scores = z
  .array(ScoreInput)
  .max(100)
  .superRefine((scores, ctx) => {
    const seen = new Set<string>();
    scores.forEach((s, i) => {
      const key = s.name.normalize('NFC').toLocaleLowerCase();
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'name'],
          params: { rule: 'duplicateName' satisfies ScoreRule },
          input: s.name,
        });
      seen.add(key);
    });
  });

/** An instrument used before, with the scales of its newest result (assessments.instruments). */
export const KnownInstrument = z
  .object({
    instrument: z.string(),
    provider: z.string(),
    scales: z.array(z.object({ name: z.string(), min: z.number(), max: z.number() }).strict()),
  })
  .strict();

/** A test result's correction: the day, the scores and the summary (provider and test stay). */
export const AssessmentCorrection = z
  .object({ id: Id, takenOn: IsoDate, scores: Scores, summary: Text(20_000) })
  .strict();

export const AssessmentInput = z
  .object({
    participantId: Id,
    programmeId: Id.nullable(),
    provider: Line(200),
    instrument: Line(200),
    takenOn: IsoDate,
    scores: Scores,
    summary: Text(20_000),
    reportDocumentId: Id.nullable(),
  })
  .strict();

export const Consent = z
  .object({
    id: Id,
    participantId: Id,
    purpose: z.string(),
    legalBasis: z.string(),
    givenOn: z.string(),
    withdrawnOn: z.string().nullable(),
  })
  .strict();

export const SearchHit = z
  .object({
    source: z.enum(['note', 'addendum', 'participant', 'assessment', 'profile']),
    sourceId: Id,
    participantId: Id,
    participantName: z.string(),
    noteId: Id.nullable(),
    snippet: z.string(),
    restricted: z.boolean(),
  })
  .strict();

export const NoteTemplate = z
  .object({ key: TemplateKey, locale: Locale, title: Line(200), body: Text(20_000) })
  .strict();

export { IsoDateTime };

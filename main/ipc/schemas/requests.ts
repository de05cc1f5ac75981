// IPC shapes of the requests register (main/requests/). Renderer-safe: zod and the vocabulary only.
import { z } from 'zod';
import {
  CORRECTED_FIELDS,
  IDENTITY_METHODS,
  MAX_EXTENSION_MONTHS,
  REQUEST_CHANNELS,
  REQUEST_KINDS,
  REQUEST_STATUSES,
} from '../../requests/vocabulary';
import { Id, IsoDate, IsoDateTime, Line, Text } from './common';

export const RequestKind = z.enum(REQUEST_KINDS);
export const RequestChannel = z.enum(REQUEST_CHANNELS);
export const IdentityMethod = z.enum(IDENTITY_METHODS);
export const RequestStatus = z.enum(REQUEST_STATUSES);

export const DataSubjectRequest = z
  .object({
    id: Id,
    participantId: Id.nullable(),
    kind: RequestKind,
    channel: RequestChannel,
    receivedOn: IsoDate,
    dueOn: IsoDate,
    extensionMonths: z.number().int().min(0).max(MAX_EXTENSION_MONTHS),
    extensionReason: z.string().nullable(),
    extensionToldOn: IsoDate.nullable(),
    identityMethod: IdentityMethod.nullable(),
    identityCheckedBy: z.string().nullable(),
    identityCheckedOn: IsoDate.nullable(),
    status: RequestStatus,
    outcome: z.string(),
    deletionRecordId: Id.nullable(),
    createdBy: z.string(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
    closedAt: IsoDateTime.nullable(),
  })
  .strict();

export const ListedRequest = DataSubjectRequest.extend({
  deadline: z.enum(['overdue', 'dueSoon', 'onTime']).nullable(),
  /** The person's name, so a list needs no call per row; null once they were erased. */
  participantName: z.string().nullable(),
}).strict();

export const LogRequestInput = z
  .object({ participantId: Id, kind: RequestKind, channel: RequestChannel, receivedOn: IsoDate })
  .strict();

export const ListRequestsInput = z
  .object({ participantId: Id.optional(), includeClosed: z.boolean().optional() })
  .strict();

export const IdentityCheckInput = z
  .object({ id: Id, method: IdentityMethod, checkedOn: IsoDate })
  .strict();

export const ExtendRequestInput = z
  .object({
    id: Id,
    months: z.union([z.literal(1), z.literal(2)]),
    reason: Line(500),
    toldOn: IsoDate,
  })
  .strict();

/** A refusal (whole or in part) needs its reason in `outcome`; a completion says what was done. */
export const CloseRequestInput = z
  .object({
    id: Id,
    status: z.enum(['completed', 'refused', 'partlyRefused']),
    outcome: Text(2000),
  })
  .strict()
  .refine((v) => v.status === 'completed' || v.outcome.trim().length > 0, {
    path: ['outcome'],
  });

export const RequestCounts = z
  .object({
    overdue: z.number().int().min(0),
    dueSoon: z.number().int().min(0),
    open: z.number().int().min(0),
  })
  .strict();

export const Correction = z
  .object({
    id: Id,
    field: z.enum(CORRECTED_FIELDS),
    changedAt: IsoDateTime,
    changedBy: z.string(),
    reason: z.string(),
    requestId: Id.nullable(),
    oldMasked: z.string().nullable(),
  })
  .strict();

export const KeptByLaw = z
  .object({
    category: z.literal('consents'),
    count: z.number().int().min(1),
    until: IsoDate.nullable(),
    presetId: z.string(),
    presetName: z.string(),
  })
  .strict();

export const ErasureReview = z
  .object({
    requestId: Id,
    participantId: Id,
    counts: z.record(z.string(), z.number().int()),
    keptByLaw: z.array(KeptByLaw),
    /** Organisations the data was shared with, to be told of the erasure (art. 19). */
    recipientsToNotify: z.array(z.string()),
  })
  .strict();

export const EraseOnRequestInput = z
  .object({
    requestId: Id,
    typedName: z.string().max(500),
    paper: z.enum(['shredded', 'none']),
    refusalReason: Text(2000).optional(),
  })
  .strict();

export const Disclosure = z
  .object({
    id: Id,
    recipient: z.string(),
    sharedOn: IsoDate,
    legalBasis: z.string(),
    purpose: z.string(),
    documents: z.array(z.object({ id: Id, fileName: z.string() }).strict()),
    createdBy: z.string(),
    createdAt: IsoDateTime,
  })
  .strict();

export const RecordDisclosureInput = z
  .object({
    participantId: Id,
    recipient: Line(200),
    sharedOn: IsoDate,
    legalBasis: Line(500),
    purpose: Text(1000).optional(),
    documentIds: z.array(Id).max(100).optional(),
  })
  .strict();

export const Restriction = z
  .object({ since: IsoDateTime, by: z.string(), reason: z.string(), requestId: Id.nullable() })
  .strict();

// The words of data-subject requests, written once (GDPR's terms, art. 15–21). Renderer-safe:
// no node, no electron. The TypeScript types, the IPC's zod enums and migration 7's SQL CHECK
// lists are all derived from these arrays.

/** Art. 15 access, 16 rectification, 17 erasure, 18 restriction, 21 objection, 20 portability. */
export const REQUEST_KINDS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** How the request arrived. */
export const REQUEST_CHANNELS = ['email', 'phone', 'letter', 'inPerson'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/**
 * How the person's identity was checked (the Norwegian notice: the firm may ask them to
 * document it). Never a copy of an ID document: only that one was seen.
 */
export const IDENTITY_METHODS = [
  'knownInPerson',
  'videoCall',
  'emailOnFile',
  'idDocumentSeen',
] as const;
export type IdentityMethod = (typeof IDENTITY_METHODS)[number];

/** open → inProgress → completed / refused / partlyRefused (the last two with a reason). */
export const REQUEST_STATUSES = [
  'open',
  'inProgress',
  'completed',
  'refused',
  'partlyRefused',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** The statuses a request is still being worked on in (its deadline runs). */
export const OPEN_STATUSES = ['open', 'inProgress'] as const satisfies readonly RequestStatus[];

/** Art. 12(3): the one month may be extended by two further months, with notice. */
export const MAX_EXTENSION_MONTHS = 2;

/** Days before the due date from which a request is shown as due soon. */
export const DUE_SOON_DAYS = 7;

/** The words as an SQL list for a CHECK constraint: `'a', 'b'` (the words are plain ASCII). */
export function sqlList(words: readonly string[]): string {
  return words.map((w) => `'${w}'`).join(', ');
}

/** A participant's fields a rectification (art. 16) can change, as the trail names them. */
export const CORRECTED_FIELDS = [
  'givenName',
  'familyName',
  'nationalId',
  'email',
  'phone',
  'address',
] as const;
export type CorrectedField = (typeof CORRECTED_FIELDS)[number];

/** Identity data: a change to any of these always asks for a reason. */
export const IDENTITY_FIELDS = [
  'givenName',
  'familyName',
  'nationalId',
] as const satisfies readonly CorrectedField[];

// Domain errors the user can see: a stable code (translated in the renderer) and, where it
// helps, the field it concerns. Never personal data.

export type DomainErrorCode =
  /** Input that passed the contract's schema but does not fit what it refers to. */
  | 'validation'
  | 'notFound'
  | 'noteLocked'
  | 'invalidNationalId'
  | 'duplicateNationalId'
  | 'documentTooLarge'
  | 'invalidDates'
  | 'notEnrolled'
  | 'paperChecklistIncomplete'
  | 'confirmationMismatch'
  | 'programmeClosed'
  | 'postponeTooLong'
  | 'noBackupFolder'
  | 'requestClosed'
  | 'identityNotChecked'
  | 'reasonRequired'
  | 'restricted'
  /** A name or file name holds a bidi embedding, override or isolate (UAX #9): refused. */
  | 'directionControl'
  | 'importRefused'
  | 'importListGone'
  | 'listTooLarge'
  | 'listTooManyRows'
  | 'listEmpty'
  | 'listUnreadable'
  | 'listOldExcel';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly field?: string,
    /** Machine codes giving more detail (e.g. national-ID error codes); never values. */
    readonly details: readonly string[] = [],
  ) {
    super(`${code}${field ? ` (${field})` : ''}`);
  }
}

/**
 * A DomainError 'notFound' whose field names what was missing ('participant', 'programme', …),
 * never its id or any value; returned for the caller to throw.
 */
export function notFound(what: string): DomainError {
  return new DomainError('notFound', what);
}

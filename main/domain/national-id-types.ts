// The words of national-ID validation, written once (types derived from the lists), shared by
// the validator (national-ids.ts) and the country modules (cpr.ts, norwegian-id.ts) without an
// import cycle between them. Browser-safe: no node:* imports. Rules: reference/national-ids.md.

/**
 * Which rules a number is checked by: Danish CPR, or Norwegian (fødselsnummer, D-, H-number).
 * Not stored: participants.national_id_kind keeps the form ('fnr', 'd-number', …), and the
 * look-up hash keeps its own tag (national-id-hash.ts).
 */
export const NATIONAL_ID_KINDS = ['cpr', 'norwegian'] as const;
export type NationalIdKind = (typeof NATIONAL_ID_KINDS)[number];

export const NATIONAL_ID_FORMS = [
  'cpr',
  'cpr-substitute',
  'fnr',
  'd-number',
  'h-number',
  'synthetic',
] as const;
export type NationalIdForm = (typeof NATIONAL_ID_FORMS)[number];

/** Hard errors: the number cannot be saved. Codes are translated in the UI, so they never change. */
export const NATIONAL_ID_ERROR_CODES = [
  'length',
  'nonDigit',
  'impossibleDate',
  'checksum',
  'syntheticNotAllowed',
] as const;
export type NationalIdErrorCode = (typeof NATIONAL_ID_ERROR_CODES)[number];

/** Soft warnings: shown to the user, never block saving. */
export const NATIONAL_ID_WARNING_CODES = [
  'cprModulus11',
  'cprSubstitute',
  'futureDate',
  'no2032Rule',
  'noHNumber',
  'noSynthetic',
] as const;
export type NationalIdWarningCode = (typeof NATIONAL_ID_WARNING_CODES)[number];

/**
 * What a country module reads from well-formed digits. The calendar checks (does the date
 * exist, is it in the future, which century when the number does not say) are shared here.
 */
export type DecodedNationalId = {
  form: NationalIdForm;
  day: number;
  month: number;
  yy: number;
  /** 1800/1900/2000 when the number carries its century; 'latest' when it does not. */
  century: number | 'latest';
  errors: NationalIdErrorCode[];
  warnings: NationalIdWarningCode[];
};

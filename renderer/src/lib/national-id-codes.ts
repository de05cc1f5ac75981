// The national-ID codes the UI can translate; anything else from the wire is dropped, not shown raw.
import type { NationalIdErrorCode, NationalIdWarningCode } from '@core/domain/national-ids';

const ERRORS: readonly NationalIdErrorCode[] = [
  'length',
  'nonDigit',
  'impossibleDate',
  'checksum',
  'syntheticNotAllowed',
];
const WARNINGS: readonly NationalIdWarningCode[] = [
  'cprModulus11',
  'cprSubstitute',
  'futureDate',
  'no2032Rule',
  'noHNumber',
  'noSynthetic',
];

export const knownErrors = (codes: readonly string[]): NationalIdErrorCode[] =>
  codes.filter((c): c is NationalIdErrorCode => (ERRORS as readonly string[]).includes(c));

export const knownWarnings = (codes: readonly string[]): NationalIdWarningCode[] =>
  codes.filter((c): c is NationalIdWarningCode => (WARNINGS as readonly string[]).includes(c));

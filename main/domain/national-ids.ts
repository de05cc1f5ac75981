// Validates and masks Danish CPR and Norwegian national IDs; browser-safe, so no node:* imports.
import { decodeCpr } from './cpr';
import { decodeNorwegianId } from './norwegian-id';
import type {
  DecodedNationalId,
  NationalIdErrorCode,
  NationalIdForm,
  NationalIdKind,
  NationalIdWarningCode,
} from './national-id-types';

export {
  NATIONAL_ID_ERROR_CODES,
  NATIONAL_ID_FORMS,
  NATIONAL_ID_KINDS,
  NATIONAL_ID_WARNING_CODES,
  type DecodedNationalId,
  type NationalIdErrorCode,
  type NationalIdForm,
  type NationalIdKind,
  type NationalIdWarningCode,
} from './national-id-types';

export type NationalIdIssueCode = NationalIdErrorCode | NationalIdWarningCode;

export type NationalIdIssue<C extends NationalIdIssueCode = NationalIdIssueCode> = Readonly<{
  code: C;
}>;

export type NationalIdOptions = Readonly<{
  /** Accept Norwegian synthetic test numbers (month + 80); only where the user enabled test data. */
  allowSynthetic?: boolean;
  /** The calendar day to judge birth dates against; defaults to now, in local time. */
  today?: Date;
}>;

export type NationalIdResult = Readonly<{
  /** False exactly when `errors` is non-empty; warnings never make a number invalid. */
  valid: boolean;
  errors: readonly NationalIdIssue<NationalIdErrorCode>[];
  warnings: readonly NationalIdIssue<NationalIdWarningCode>[];
  /** Present once the input has the right number of digits. */
  form?: NationalIdForm;
  /** YYYY-MM-DD; present only when the number is valid. */
  birthDate?: string;
  /** Digits only (no hyphen); present once the input has the right number of digits. */
  normalized?: string;
}>;

const DIGIT_COUNT: Record<NationalIdKind, number> = { cpr: 10, norwegian: 11 };
// [0-9], not \d: Arabic-Indic or full-width digits look right on screen but are not an ID.
const NON_DIGIT = /[^0-9]/;

type ReadDigits = { digits: string } | { error: 'length' | 'nonDigit' };

/**
 * Spaces (any space separator, NBSP included, and tabs) and hyphens (ASCII, U+2010 hyphen,
 * U+2011 non-breaking hyphen, U+2012 figure dash, U+2013 en dash): people write `070761-4285`,
 * `100487 45526` or `07 07 61 42 85`, and word processors turn a hyphen into a dash.
 */
const SEPARATORS = /[\s\-\u2010-\u2013]/gu;

function readDigits(kind: NationalIdKind, value: string): ReadDigits {
  const digits = value.replace(SEPARATORS, '');
  if (NON_DIGIT.test(digits)) return { error: 'nonDigit' };
  if (digits.length !== DIGIT_COUNT[kind]) return { error: 'length' };
  return { digits };
}

/** The digits of a well-formed number (spaces and hyphens removed), else undefined. */
export function normalizeNationalId(kind: NationalIdKind, value: string): string | undefined {
  const read = readDigits(kind, value);
  return 'digits' in read ? read.digits : undefined;
}

/**
 * Checks a Danish CPR (`kind` 'cpr', 10 digits) or Norwegian fødselsnummer/D-/H-number (11
 * digits) as typed (spaces and hyphens allowed): digits, length, date, control digits (CPR's
 * modulus 11 only where the number's date requires it), synthetic numbers only if
 * `options.allowSynthetic`. Returns valid or not, error and warning codes, the normalised digits
 * and the birth date (YYYY-MM-DD) when known, judged against `options.today` (default now). Never
 * throws; rules from the CPR Office's and Skatteetaten's published specifications.
 */
export function validateNationalId(
  kind: NationalIdKind,
  value: string,
  options: NationalIdOptions = {},
): NationalIdResult {
  const read = readDigits(kind, value);
  if (!('digits' in read)) return { valid: false, errors: [{ code: read.error }], warnings: [] };
  const { digits } = read;

  const decoded =
    kind === 'cpr' ? decodeCpr(digits) : decodeNorwegianId(digits, options.allowSynthetic === true);
  const errors = [...decoded.errors];
  const warnings = [...decoded.warnings];

  let birthDate: string | undefined;
  if (!errors.includes('impossibleDate')) {
    const today = localIsoDate(options.today ?? new Date());
    birthDate = resolveBirthDate(decoded, today);
    if (birthDate === undefined) errors.push('impossibleDate');
    // A 'latest' century is never in the future by construction, so only a stated one can be.
    else if (birthDate > today) warnings.push('futureDate');
  }

  const valid = errors.length === 0;
  return {
    valid,
    errors: errors.map((code) => ({ code })),
    warnings: warnings.map((code) => ({ code })),
    form: decoded.form,
    normalized: digits,
    ...(valid && birthDate !== undefined ? { birthDate } : {}),
  };
}

/**
 * The birth date as YYYY-MM-DD, or undefined if it does not exist. Without a stated century
 * (Norwegian 2032-rule numbers) we take the latest year, not after today, in which the date
 * exists: the person is born, and the youngest reading is the likeliest for a new number.
 */
function resolveBirthDate(d: DecodedNationalId, today: string): string | undefined {
  if (d.century !== 'latest') {
    const year = d.century + d.yy;
    return dateExists(year, d.month, d.day) ? isoDate(year, d.month, d.day) : undefined;
  }
  const thisYear = Number(today.slice(0, 4));
  let year = thisYear - ((((thisYear - d.yy) % 100) + 100) % 100);
  // One try for a date later this year, then four centuries: the whole Gregorian leap cycle,
  // so a 29 February in a '00 year is always found.
  for (let tries = 0; tries < 5; tries += 1, year -= 100) {
    if (!dateExists(year, d.month, d.day)) continue;
    const iso = isoDate(year, d.month, d.day);
    if (iso <= today) return iso;
  }
  return undefined;
}

function dateExists(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isoDate(year: number, month: number, day: number): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// Birth dates are calendar days, so "today" is the user's local day, not the UTC one.
function localIsoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('validateNationalId: invalid today');
  return isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

const MASK = '\u2022';

/**
 * Display form until the user reveals the number: the date part only (`DDMMYY-••••` for CPR,
 * `DDMMYY•••••` for Norwegian numbers). Malformed input is masked completely, so a typo in the
 * serial can never leak it.
 */
export function maskNationalId(kind: NationalIdKind, value: string): string {
  const digits = normalizeNationalId(kind, value);
  const datePart = digits === undefined ? MASK.repeat(6) : digits.slice(0, 6);
  return kind === 'cpr' ? `${datePart}-${MASK.repeat(4)}` : `${datePart}${MASK.repeat(5)}`;
}

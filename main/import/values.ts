// Reading one cell of an enrolment list as the field it was mapped to: national IDs that a
// spreadsheet turned into numbers, dates as spreadsheet dates or as Danes and Norwegians write
// them, names, e-mail, phone, and the list's status words. Renderer-safe: no node:*.
import { z } from 'zod';
import {
  validateNationalId,
  type NationalIdErrorCode,
  type NationalIdKind,
  type NationalIdWarningCode,
} from '../domain/national-ids';
import { headerKey } from './columns';
import type { Cell } from './read-list';
import { type Country } from '../domain/vocabulary';

/** Why a row cannot be imported; translated in the window, stable for the CLI's JSON. */
export type RowErrorCode =
  | 'required'
  | 'tooLong'
  | 'invalidDate'
  | 'endBeforeStart'
  | 'invalidEmail'
  | 'endDateMissing'
  | 'duplicateDifferentName'
  | 'controlCharacters'
  | 'restricted'
  | `nationalId.${NationalIdErrorCode}`;

/** What the consultant should look at; the row is still imported. */
export type RowWarningCode =
  | 'leadingZeroRestored'
  | 'otherCountryId'
  | 'emailMissing'
  | 'nameSplitGuessed'
  | 'dateFromNumber'
  | 'statusUnknown'
  | 'outsideProgramme'
  | 'duplicateInList'
  | 'nameDiffers'
  | 'alreadyEnrolled'
  | `nationalId.${NationalIdWarningCode}`;

export type ReadNationalId =
  | Readonly<{
      ok: true;
      /** The country whose rules the number satisfies. */
      country: Country;
      /** Digits only. */
      digits: string;
      warnings: RowWarningCode[];
    }>
  | Readonly<{ ok: false; error: RowErrorCode }>;

const EXPECTED_DIGITS: Record<NationalIdKind, number> = { cpr: 10, norwegian: 11 };

/**
 * A national ID cell for a programme in `country`, validated per reference/national-ids.md
 * (main/domain/national-ids.ts). Spaces, hyphens, dots and no-break spaces anywhere are
 * dropped ("070761-4285", "100487 45526"). A number that is one digit short, as a spreadsheet
 * leaves a number that began with 0 (a CPR for someone born on the 1st–9th of a month), gets its
 * zero back when the check rules then hold (warning leadingZeroRestored); otherwise it is
 * refused with the rule it breaks. A number that fits the other country's rules (a Danish
 * participant in a Norwegian programme) is accepted with the warning otherCountryId. A number
 * a tool wrote as a float in text ("110901234.0", "110901234,0") is read as the number it was:
 * dropping the dot would append a digit and make another plausible CPR.
 */
export function readNationalId(cell: Cell, country: Country, today: Date): ReadNationalId {
  if (cell === null) return { ok: false, error: 'required' };
  if (typeof cell === 'object') return { ok: false, error: 'nationalId.nonDigit' };
  const asFloat = typeof cell === 'string' ? /^(\d{9,11})[.,]0+$/.exec(cell.trim()) : null;
  const text =
    typeof cell === 'number'
      ? Number.isSafeInteger(cell) && cell >= 0
        ? String(cell)
        : 'x'
      : asFloat
        ? asFloat[1]!
        : cell.replace(/[\s\u00a0\u2007\u202f.\u2010-\u2012-]/g, '');
  const own: NationalIdKind = country === 'DK' ? 'cpr' : 'norwegian';
  const other: NationalIdKind = country === 'DK' ? 'norwegian' : 'cpr';
  const tries: { kind: NationalIdKind; digits: string; warnings: RowWarningCode[] }[] = [
    { kind: own, digits: text, warnings: [] },
  ];
  if (/^[0-9]+$/.test(text) && text.length === EXPECTED_DIGITS[own] - 1)
    tries.push({ kind: own, digits: `0${text}`, warnings: ['leadingZeroRestored'] });
  if (/^[0-9]+$/.test(text) && text.length === EXPECTED_DIGITS[other])
    tries.push({ kind: other, digits: text, warnings: ['otherCountryId'] });
  let firstError: RowErrorCode | null = null;
  for (const t of tries) {
    const result = validateNationalId(t.kind, t.digits, { today });
    if (result.valid && result.normalized) {
      return {
        ok: true,
        country: t.kind === 'cpr' ? 'DK' : 'NO',
        digits: result.normalized,
        warnings: [...t.warnings, ...result.warnings.map((w) => `nationalId.${w.code}` as const)],
      };
    }
    firstError ??= `nationalId.${result.errors[0]?.code ?? 'length'}`;
  }
  return { ok: false, error: firstError ?? 'nationalId.length' };
}

export type ReadDate =
  | Readonly<{ ok: true; day: string | null; warnings: RowWarningCode[] }>
  | Readonly<{ ok: false; error: RowErrorCode }>;

// The 1900 date system's day 0 is 1899-12-30 once Excel's phantom 29 Feb 1900 is accounted for.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A date cell as `YYYY-MM-DD` (day null when empty): a spreadsheet date; a spreadsheet serial
 * number in a date column (warning dateFromNumber: the cell lost its date format); or text as
 * `dd-mm-yyyy`, `dd.mm.yyyy`, `dd/mm/yyyy` (one- or two-digit day and month; a two-digit year is
 * 20yy) or ISO `yyyy-mm-dd`. A day that does not exist (31.04.2026) is invalidDate.
 */
export function readDate(cell: Cell): ReadDate {
  if (cell === null) return { ok: true, day: null, warnings: [] };
  if (typeof cell === 'object') return { ok: true, day: cell.day, warnings: [] };
  if (typeof cell === 'number') {
    // 1950–2100 in the 1900 system; anything else is not a date someone meant.
    if (!Number.isInteger(cell) || cell < 18_264 || cell > 73_415)
      return { ok: false, error: 'invalidDate' };
    const day = new Date(EXCEL_EPOCH_MS + cell * DAY_MS).toISOString().slice(0, 10);
    return { ok: true, day, warnings: ['dateFromNumber'] };
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(cell);
  const nordic = /^(\d{1,2})[-./](\d{1,2})[-./](\d{2}|\d{4})$/.exec(cell);
  let y: number, m: number, d: number;
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (nordic) {
    [d, m, y] = [Number(nordic[1]), Number(nordic[2]), Number(nordic[3])];
    if (nordic[3]!.length === 2) y += 2000;
  } else return { ok: false, error: 'invalidDate' };
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return { ok: false, error: 'invalidDate' };
  return { ok: true, day: date.toISOString().slice(0, 10), warnings: [] };
}

/** Text of any cell (a number as written, a date as YYYY-MM-DD), or null when empty. */
export function cellText(cell: Cell): string | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'object') return cell.day;
  return cell.replace(/\s+/g, ' ').trim() || null;
}

const EMAIL = z.email().max(254);

export type ReadEmail =
  | Readonly<{ ok: true; email: string; warnings: RowWarningCode[] }>
  | Readonly<{ ok: false; error: RowErrorCode }>;

/**
 * An e-mail address checked as the participant form checks it; empty is allowed with the warning
 * emailMissing (the Danish procedure needs one, so the person gets a visible task).
 */
export function readEmail(cell: Cell): ReadEmail {
  const text = cellText(cell);
  if (text === null) return { ok: true, email: '', warnings: ['emailMissing'] };
  const email = text.replace(/^mailto:/i, '');
  return EMAIL.safeParse(email).success
    ? { ok: true, email, warnings: [] }
    : { ok: false, error: 'invalidEmail' };
}

export type EnrolmentStatusRead = 'active' | 'completed' | 'withdrawn';

// Status words lists use, normalised as headerKey does (lower case, æ→ae, ø→o, å→a), spaces removed.
const STATUS_WORDS: Record<EnrolmentStatusRead, readonly string[]> = {
  active: [
    'aktiv',
    'active',
    'startet',
    'igang',
    'henvist',
    'tilmeldt',
    'pagar',
    'deltager',
    'deltaker',
    'visiteret',
    'inskrevet',
    'innskrevet',
    'registered',
    'enrolled',
    'ongoing',
    'open',
    'aben',
    'apen',
  ],
  completed: [
    'afsluttet',
    'avsluttet',
    'gennemfort',
    'fuldfort',
    'fullfort',
    'gjennomfort',
    'completed',
    'finished',
    'done',
    'slut',
    'slutt',
    'afsl',
    'avsl',
  ],
  withdrawn: [
    'afmeldt',
    'avmeldt',
    'udmeldt',
    'utmeldt',
    'frameldt',
    'frafalt',
    'ophort',
    'afbrudt',
    'avbrutt',
    'stoppet',
    'withdrawn',
    'cancelled',
    'canceled',
    'dropped',
    'droppedout',
    'annulleret',
    'annullert',
  ],
};

/** The enrolment status a status cell names (empty = active); unknown words read as active with statusUnknown. */
export function readStatus(cell: Cell): {
  status: EnrolmentStatusRead;
  warnings: RowWarningCode[];
} {
  const text = cellText(cell);
  if (text === null) return { status: 'active', warnings: [] };
  // Normalised as headers are (columns.ts headerKey), with no spaces: "I gang" → "igang".
  const key = headerKey(text).replace(/ /g, '');
  for (const status of ['active', 'completed', 'withdrawn'] as const)
    if (STATUS_WORDS[status].includes(key)) return { status, warnings: [] };
  return { status: 'active', warnings: ['statusUnknown'] };
}

/**
 * Given and family name from one "full name" cell: "Family, Given" when there is a comma (the
 * order case systems print), else the last word is the family name (warning nameSplitGuessed:
 * Nordic double names like "Anne Marie Holm Berg" cannot be split with certainty).
 */
export function splitFullName(
  text: string,
): { givenName: string; familyName: string; warnings: RowWarningCode[] } | null {
  const comma = text.indexOf(',');
  if (comma >= 0) {
    const familyName = text.slice(0, comma).trim();
    const givenName = text.slice(comma + 1).trim();
    return givenName && familyName ? { givenName, familyName, warnings: [] } : null;
  }
  const words = text.split(' ').filter(Boolean);
  if (words.length < 2) return null;
  const familyName = words.pop()!;
  return { givenName: words.join(' '), familyName, warnings: ['nameSplitGuessed'] };
}

// Local calendar days and times for form fields, and their ISO forms for the vault.
import { instantFromLocalInput, localInputFromInstant } from '@core/domain/local-time';
import { localeFor, type Language } from '../i18n/language';
import { systemLanguageTags } from '../i18n/setup';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * One Intl formatter per locale and options, made once: constructing one costs about 0.1 ms, and
 * the caseload formats two dates per row on every scroll frame (issue 12: dropped frames).
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The shared formatter for `language` (its locale as localeFor picks it) and `options`. */
export function dateFormat(
  language: Language,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const locale = localeFor(language, systemLanguageTags());
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

function numberFormat(
  language: Language,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const locale = localeFor(language, systemLanguageTags());
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** Today as YYYY-MM-DD in the user's own time zone, not UTC. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The consultant's time zone (IANA name), as the system sets it. */
export function consultantTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The value a day-and-time field wants (YYYY-MM-DDTHH:mm): wall-clock time in `timeZone`. */
export function toLocalInput(iso: string, timeZone: string = consultantTimeZone()): string {
  return localInputFromInstant(iso, timeZone);
}

/**
 * A day-and-time field's value back to a UTC instant with `timeZone`'s rules (DST included); null
 * when the field is empty or unreadable. `previous` (the field's instant before the edit) picks
 * the offset in the hour that occurs twice when clocks go back, so 2025-10-26T01:30:00Z shown as
 * 02:30 in Copenhagen stays 01:30Z instead of becoming 00:30Z.
 */
export function fromLocalInput(
  value: string,
  previous?: string | null,
  timeZone: string = consultantTimeZone(),
): string | null {
  return instantFromLocalInput(value, timeZone, previous);
}

/** A calendar date (YYYY-MM-DD) in the reader's locale; read as a local day so it never shifts. */
export function formatDay(isoDay: string | null, language: Language): string {
  if (!isoDay) return '';
  const [y, m, d] = isoDay.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return '';
  return dateFormat(language, { dateStyle: 'medium' }).format(new Date(y, m - 1, d));
}

/** An instant as a short date and time in the reader's locale. */
export function formatInstant(iso: string | null, language: Language): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return dateFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** A byte count in the reader's locale (kB / MB). */
export function formatBytes(bytes: number, language: Language): string {
  const format = (n: number, unit: 'kilobyte' | 'megabyte') =>
    numberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(n);
  return bytes < 1024 * 1024
    ? format(Math.max(bytes / 1024, 0.1), 'kilobyte')
    : format(bytes / 1024 / 1024, 'megabyte');
}

/** A count in the reader's locale (10.001 in Danish, 10 001 in Norwegian). */
export function formatCount(n: number, language: Language): string {
  return numberFormat(language).format(n);
}

/** The local calendar day of an instant, e.g. for "last contact" in a narrow column. */
export function formatInstantDay(iso: string | null, language: Language): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return dateFormat(language, { dateStyle: 'medium' }).format(d);
}

// Calendar arithmetic for retention: local dates in the consultant's time zone, and ISO 8601
// durations added with month-end clamping (31 Jan + 1 month = 28/29 Feb; 29 Feb + 1 year = 28 Feb).
import type { IsoDate } from '../domain/brands';

/** One formatter per time zone: constructing one costs ~95 µs, and the due pass asks per row. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) of `instant` in `timeZone` (an IANA name). */
export function localDate(instant: Date, timeZone: string): IsoDate {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')}` as IsoDate;
}

/**
 * A stored value, a date (YYYY-MM-DD, returned as it is) or an ISO 8601 instant, as the calendar
 * date it falls on in `timeZone` (an IANA name). An unreadable instant throws RangeError.
 */
export function toLocalDate(value: string, timeZone: string): IsoDate {
  return /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? (value as IsoDate)
    : localDate(new Date(value), timeZone);
}

/**
 * `date` plus an ISO 8601 period of years, months, weeks and days ("P3Y", "P6M", "P2W", "P30D",
 * combined in that order), months first with the day clamped to the month's end, then days.
 * Returns a date (YYYY-MM-DD). Throws Error ('unsupported period') for any other period form
 * (hours, fractions, a negative sign). The clamping rule is the retention presets' (see header).
 */
export function addPeriod(date: IsoDate, period: string): IsoDate {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(period);
  if (!m) throw new Error('unsupported period');
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const totalMonths = y * 12 + (mo - 1) + Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0);
  const year = Math.floor(totalMonths / 12);
  const month = (totalMonths % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  const days = Number(m[3] ?? 0) * 7 + Number(m[4] ?? 0);
  const t = Date.UTC(year, month - 1, day) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10) as IsoDate;
}

/** `date` plus `days` (a whole number of days, not negative) as a date (YYYY-MM-DD). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return addPeriod(date, `P${days}D`);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD): negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// Branded types for the formats a plain string or number cannot say: a calendar date
// (YYYY-MM-DD), an instant (ISO 8601 in UTC) and a size in bytes. A value gets its brand where it
// is made or checked (these functions, or a row type whose column the schema constrains), so a
// function that takes an IsoDate cannot be handed an instant or a display string by mistake.
// Renderer-safe: no imports. The contract's zod schemas stay unbranded on purpose: handlers receive
// z.input (plain strings), so a branded output schema would only force casts on every handler's
// return while checking nothing zod does not already check at the boundary.

declare const brand: unique symbol;
type Branded<T, Name extends string> = T & { readonly [brand]: Name };

/** A calendar date, YYYY-MM-DD (ISO 8601), with no time or zone: a local day. */
export type IsoDate = Branded<string, 'IsoDate'>;
/** An instant, ISO 8601 in UTC with milliseconds, as Date.prototype.toISOString writes it. */
export type Instant = Branded<string, 'Instant'>;
/** A size in bytes: a non-negative safe integer. */
export type ByteCount = Branded<number, 'ByteCount'>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/**
 * `value` as an IsoDate once checked: four-digit year, month 01–12, a day that exists in that
 * month (2026-02-29 does not). Throws RangeError otherwise; the message never holds the value.
 */
export function isoDate(value: string): IsoDate {
  const m = ISO_DATE.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const day = new Date(Date.UTC(y, mo - 1, d));
    if (day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d)
      return value as IsoDate;
  }
  throw new RangeError('not a calendar date (YYYY-MM-DD)');
}

/**
 * An instant in UTC: `value` as Date.prototype.toISOString writes it ("2026-11-22T12:00:00.000Z"),
 * from a Date, or from a string already in that form (seconds' fraction optional). Throws
 * RangeError for an invalid Date or any other string (an offset other than Z included).
 */
export function instant(value: Date | string): Instant {
  if (value instanceof Date) return value.toISOString() as Instant; // RangeError when invalid
  if (INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return value as Instant;
  throw new RangeError('not an ISO 8601 instant in UTC');
}

/** `value` as a ByteCount: a non-negative safe integer. Throws RangeError otherwise. */
export function byteCount(value: number): ByteCount {
  if (Number.isSafeInteger(value) && value >= 0) return value as ByteCount;
  throw new RangeError('not a byte count');
}

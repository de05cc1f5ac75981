// Wall-clock date-times in a named time zone and the instants they mean, across DST changes.
// Browser-safe (Intl only), so the window's date-time fields and the core share it.

const pad = (n: number) => String(n).padStart(2, '0');
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/u;

/**
 * An instant as the `YYYY-MM-DDTHH:mm` a datetime-local field shows in `timeZone` (IANA name,
 * e.g. Europe/Copenhagen); '' when `iso` is not a date.
 */
export function localInputFromInstant(iso: string, timeZone: string): string {
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return '';
  return wallClock(t, timeZone);
}

/**
 * The instant a wall-clock `YYYY-MM-DDTHH:mm` means in `timeZone`, as UTC ISO (toISOString), or
 * null when unreadable. A time that occurs twice (the night clocks go back) is the one with
 * `previous`'s offset when given, else the first; a time that never occurs (clocks go forward)
 * is read with the offset before the change, so it lands just after the gap.
 * @param previous the field's instant before the edit: an unchanged field keeps its instant.
 */
export function instantFromLocalInput(
  local: string,
  timeZone: string,
  previous?: string | null,
): string | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(asUtc)) return null;
  const before = offsetAt(asUtc - 86_400_000, timeZone);
  const after = offsetAt(asUtc + 86_400_000, timeZone);
  const candidates = [...new Set([asUtc - before, asUtc - after])]
    .filter((t) => wallClock(t, timeZone) === local)
    .sort((a, b) => a - b);
  if (candidates.length === 0) return new Date(asUtc - before).toISOString();
  const prev = previous ? new Date(previous).getTime() : NaN;
  if (!Number.isNaN(prev)) {
    const prevOffset = offsetAt(prev, timeZone);
    const same = candidates.find((t) => offsetAt(t, timeZone) === prevOffset);
    if (same !== undefined) return new Date(same).toISOString();
  }
  return new Date(candidates[0]!).toISOString();
}

/** The zone's offset from UTC at instant `t`, in milliseconds (east positive). */
function offsetAt(t: number, timeZone: string): number {
  const [date, time] = wallClock(t, timeZone).split('T') as [string, string];
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const seconds = new Date(t).getUTCSeconds() * 1000 + new Date(t).getUTCMilliseconds();
  return Date.UTC(y, mo - 1, d, h, mi) + seconds - t;
}

function wallClock(t: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(t));
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return `${get('year')}-${pad(get('month'))}-${pad(get('day'))}T${pad(get('hour'))}:${pad(get('minute'))}`;
}

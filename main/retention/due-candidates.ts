// The people who can have a due item by a given day, found by SQL on indexed dates, so the due
// list reads a few rows instead of the whole caseload. computeDue stays the reference: it runs
// on exactly these people, and a property test holds the two equal on random vaults.
import type { Database } from '../vault/database';
import type { Preset, Trigger } from './policies';

/**
 * The fewest days `period` (ISO 8601, as calendar.ts addPeriod reads it) can add to any date:
 * a month is at least 28 days even with month-end clamping (31 Jan + P1M = 28 Feb), a year 12
 * months. Null for a period addPeriod cannot read (computeDue skips such a rule).
 */
export function fewestDays(period: string): number | null {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(period);
  if (!m) return null;
  const months = Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0);
  return months * 28 + Number(m[3] ?? 0) * 7 + Number(m[4] ?? 0);
}

/** `date` (YYYY-MM-DD) moved by `days` (any sign), as YYYY-MM-DD. */
function shift(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * For each trigger computeDue dates from a stored value, a string bound such that every row
 * whose item can fall due on or before `limit` (YYYY-MM-DD) stores a value below it: the local
 * date of the trigger is at most limit − (fewest days of the trigger's shortest rule), and a
 * stored instant's UTC date is at most one day after its local date in any zone (±14 h), so
 * one more day covers it. '' (nothing is below it) for a trigger no rule uses.
 */
export function candidateBounds(
  presets: readonly Preset[],
  limit: string,
): Record<Exclude<Trigger, 'programmeEnd'>, string> {
  const bound = (trigger: Trigger) => {
    const days = presets
      .flatMap((p) => p.rules)
      .filter((r) => r.trigger === trigger)
      .map((r) => fewestDays(r.period))
      .filter((d): d is number => d !== null);
    return days.length === 0 ? '' : shift(limit, 2 - Math.min(...days));
  };
  return {
    lastContact: bound('lastContact'),
    reconfirmation: bound('reconfirmation'),
    agreementEnd: bound('agreementEnd'),
  };
}

/**
 * Ids of the people who may have a last-contact, reconfirmation or agreement-end item due on or
 * before `limit` (YYYY-MM-DD): a superset, never missing one. Three index-backed range reads
 * (participants_by_contact; documents and consents are small tables). Programme-end items are
 * per programme and need no person.
 */
export function dueCandidateIds(db: Database, presets: readonly Preset[], limit: string): number[] {
  const b = candidateBounds(presets, limit);
  return db
    .prepare(
      `SELECT id FROM participants WHERE last_contact_at < $lastContact
       UNION SELECT participant_id FROM documents
         WHERE coalesce(reconfirmed_on, created_at) < $reconfirmation
       UNION SELECT participant_id FROM consents WHERE withdrawn_on < $agreementEnd`,
    )
    .all<{ id: number }>(b)
    .map((r) => r.id);
}

// Postponing a due item: a consultant's reason and a new date, at most 30 days ahead, audited by
// who and when. The due function reads these rows (due-data.ts) and skips the item until then.
import { DomainError, notFound } from '../domain/errors';
import type { IsoDate } from '../domain/brands';
import type { Database } from '../vault/database';
import { addDays } from './calendar';
import { dueWithLabels } from './due-data';

/** The furthest a due item may be put off, in days after today (the consultant's own rule). */
export const MAX_POSTPONE_DAYS = 30;

export type Postponement = Readonly<{
  /** The due item's key, as retention.due lists it. */
  itemKey: string;
  /** Why, in the consultant's words (kept in the vault, shown in the access copy). */
  reason: string;
  /** The local date (YYYY-MM-DD) the item is due again. */
  until: IsoDate;
}>;

/**
 * Puts off one item that is due now or within 30 days until `until` (YYYY-MM-DD, after today and
 * at most MAX_POSTPONE_DAYS after it, today read in `timeZone`, an IANA name). Writes one row with
 * `now` as an ISO UTC instant and `actor` (initials or the consultant's name). Returns nothing.
 * Throws DomainError `notFound` ('dueItem') when no listed item has that key, and
 * `postponeTooLong` ('until') when the date is today or earlier or too far ahead.
 */
export function postponeDueItem(
  db: Database,
  postponement: Postponement,
  now: Date,
  timeZone: string,
  actor: string,
): void {
  const { today, items } = dueWithLabels(db, now, timeZone, MAX_POSTPONE_DAYS);
  if (!items.some((x) => x.key === postponement.itemKey)) throw notFound('dueItem');
  if (postponement.until <= today || postponement.until > addDays(today, MAX_POSTPONE_DAYS))
    throw new DomainError('postponeTooLong', 'until');
  db.prepare(
    'INSERT INTO retention_postponements (item_key, reason, until, recorded_at, actor) VALUES (?, ?, ?, ?, ?)',
  ).run([postponement.itemKey, postponement.reason, postponement.until, now.toISOString(), actor]);
}

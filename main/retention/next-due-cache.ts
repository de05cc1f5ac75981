// The caseload's next-due column, cached per vault connection: the due function runs over the
// whole caseload, and the list asks once per scrolled page, so the dates are computed again only
// when the vault changed (total_changes counts this connection's writes, PRAGMA data_version
// changes when another connection committed: the read worker's connection sees the vault
// worker's writes only through the latter) or the local day rolled over.
import { changeStamp } from '../vault/change-stamp';
import type { Database } from '../vault/database';
import { localDate } from './calendar';
import { nextDueDates } from './due-data';

const cache = new WeakMap<Database, { key: string; map: Map<number, string> }>();

/** Today's local date and the vault's change stamp: a new key after any write, or at midnight. */
function cacheKey(db: Database, now: Date, timeZone: string): string {
  return `${localDate(now, timeZone)}|${changeStamp(db)}`;
}

/**
 * Every participant's next-due date (participant id → YYYY-MM-DD), from the cache when nothing
 * was written since and it is the same local day in `timeZone` (IANA name), else computed over the
 * whole caseload (nextDueDates) and kept. `now` is the current instant.
 */
export function cachedNextDueDates(db: Database, now: Date, timeZone: string): Map<number, string> {
  const key = cacheKey(db, now, timeZone);
  const hit = cache.get(db);
  if (hit && hit.key === key) return hit.map;
  const map = nextDueDates(db, now, timeZone);
  cache.set(db, { key, map });
  return map;
}

/**
 * The next-due dates of one page's people (ids): the whole caseload's cached map when it is still
 * valid, else computed for these people only (milliseconds, where the whole caseload of 10,000
 * people costs seconds right after an unlock). The map may hold more people than asked for.
 */
export function nextDueDatesForPage(
  db: Database,
  now: Date,
  timeZone: string,
  participantIds: readonly number[],
): Map<number, string> {
  const cached = cache.get(db);
  return cached && cached.key === cacheKey(db, now, timeZone)
    ? cached.map
    : nextDueDates(db, now, timeZone, participantIds);
}

/**
 * Keeps the cached dates valid across a write that is no change to the data (the caseload page's
 * own temp-table write), by moving the cache to the current key. Does nothing without a cache.
 */
export function keepNextDueDatesAfterOwnWrite(db: Database, now: Date, timeZone: string): void {
  const cached = cache.get(db);
  if (cached) cache.set(db, { ...cached, key: cacheKey(db, now, timeZone) });
}

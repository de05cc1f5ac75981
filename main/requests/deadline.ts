// When a data-subject request must be answered. GDPR art. 12(3): "without undue delay and in
// any event within one month of receipt", extendable "by two further months where necessary",
// the person being told within the first month. A month is a calendar month ending on the same
// date, or on the month's last day when there is none (Regulation 1182/71 art. 3(2)(c)):
// received 31 January → due 28 (29) February; 30 November → 30 December.
import { isoDate, type IsoDate } from '../domain/brands';
import { addDays, addPeriod, localDate } from '../retention/calendar';
import { DUE_SOON_DAYS, MAX_EXTENSION_MONTHS } from './vocabulary';

/**
 * The due date (YYYY-MM-DD) of a request received on `receivedOn` (YYYY-MM-DD) with
 * `extensionMonths` (0, 1 or 2) of extension.
 * @throws RangeError for an extension outside 0–2 months or a malformed date.
 */
export function requestDueOn(receivedOn: string, extensionMonths = 0): IsoDate {
  if (
    !Number.isInteger(extensionMonths) ||
    extensionMonths < 0 ||
    extensionMonths > MAX_EXTENSION_MONTHS
  )
    throw new RangeError('extension must be 0 to 2 months');
  return addPeriod(isoDate(receivedOn), `P${1 + extensionMonths}M`);
}

/** Where a deadline stands on `today`: overdue after the due day, due soon within 7 days. */
export type DeadlineState = 'overdue' | 'dueSoon' | 'onTime';

/**
 * The state of due date `dueOn` at `now` in the consultant's time zone (`timeZone`, an IANA
 * name such as Europe/Copenhagen or Europe/Oslo): a request is overdue from the day after its
 * due day, local time.
 */
export function deadlineState(dueOn: string, now: Date, timeZone: string): DeadlineState {
  const today = localDate(now, timeZone);
  if (today > dueOn) return 'overdue';
  if (addDays(today, DUE_SOON_DAYS) >= dueOn) return 'dueSoon';
  return 'onTime';
}

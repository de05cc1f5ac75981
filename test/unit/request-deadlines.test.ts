// GDPR art. 12(3): one calendar month from receipt, clamped to the month's end, extendable by
// two further months; overdue from the day after the due day, in the consultant's own zone.
import { describe, expect, it } from 'vitest';
import { deadlineState, requestDueOn } from '../../main/requests/deadline';

describe('request deadlines', () => {
  it.each([
    ['2027-01-31', 0, '2027-02-28'],
    ['2028-01-31', 0, '2028-02-29'],
    ['2026-11-30', 0, '2026-12-30'],
    ['2026-12-31', 0, '2027-01-31'],
    ['2026-11-30', 2, '2027-02-28'],
    ['2026-10-15', 1, '2026-12-15'],
    ['2026-10-15', 2, '2027-01-15'],
  ])('received %s with %i months of extension is due %s', (received, months, due) => {
    expect(requestDueOn(received, months)).toBe(due);
  });

  it('refuses an extension beyond two months and a malformed date', () => {
    expect(() => requestDueOn('2026-11-30', 3)).toThrow(RangeError);
    expect(() => requestDueOn('2026-11-30', -1)).toThrow(RangeError);
    expect(() => requestDueOn('30-11-2026')).toThrow(RangeError);
  });

  it.each(['Europe/Copenhagen', 'Europe/Oslo'])(
    'in %s: on time until the due day ends locally, overdue from the next local day',
    (zone) => {
      // Due 30 December. 23:30 local on the 30th is 22:30 UTC: still the due day.
      expect(deadlineState('2026-12-30', new Date('2026-12-30T22:30:00Z'), zone)).toBe('dueSoon');
      // 00:30 local on the 31st is 23:30 UTC on the 30th: overdue, though UTC is still the 30th.
      expect(deadlineState('2026-12-30', new Date('2026-12-30T23:30:00Z'), zone)).toBe('overdue');
      expect(deadlineState('2026-12-30', new Date('2026-12-23T12:00:00Z'), zone)).toBe('dueSoon');
      expect(deadlineState('2026-12-30', new Date('2026-12-22T12:00:00Z'), zone)).toBe('onTime');
    },
  );
});

// Date-time fields convert with the consultant's zone across DST: the night clocks go back
// (2025-10-26) and forward (2025-03-30) in Europe/Copenhagen and Europe/Oslo.
import { describe, expect, it } from 'vitest';
import { instantFromLocalInput, localInputFromInstant } from '../../main/domain/local-time';

describe.each(['Europe/Copenhagen', 'Europe/Oslo'])('%s', (zone) => {
  it('shows 2025-10-26T01:30:00Z as 02:30 and keeps it 01:30Z when saved unedited', () => {
    expect(localInputFromInstant('2025-10-26T01:30:00Z', zone)).toBe('2025-10-26T02:30');
    expect(instantFromLocalInput('2025-10-26T02:30', zone, '2025-10-26T01:30:00Z')).toBe(
      '2025-10-26T01:30:00.000Z',
    );
  });

  it('reads the repeated hour with the offset the field had (summer time before the change)', () => {
    expect(localInputFromInstant('2025-10-26T00:30:00Z', zone)).toBe('2025-10-26T02:30');
    expect(instantFromLocalInput('2025-10-26T02:45', zone, '2025-10-26T00:30:00Z')).toBe(
      '2025-10-26T00:45:00.000Z',
    );
    expect(instantFromLocalInput('2025-10-26T02:45', zone, '2025-10-26T01:30:00Z')).toBe(
      '2025-10-26T01:45:00.000Z',
    );
    // A new entry in the repeated hour means its first occurrence.
    expect(instantFromLocalInput('2025-10-26T02:10', zone)).toBe('2025-10-26T00:10:00.000Z');
  });

  it('reads a time in the missing hour (2025-03-30 02:30) just after the gap', () => {
    expect(instantFromLocalInput('2025-03-30T02:30', zone)).toBe('2025-03-30T01:30:00.000Z');
    expect(localInputFromInstant('2025-03-30T01:30:00.000Z', zone)).toBe('2025-03-30T03:30');
  });

  it('converts ordinary winter and summer times with +01:00 and +02:00', () => {
    expect(instantFromLocalInput('2025-01-15T09:00', zone)).toBe('2025-01-15T08:00:00.000Z');
    expect(instantFromLocalInput('2025-07-01T10:00', zone)).toBe('2025-07-01T08:00:00.000Z');
    expect(localInputFromInstant('2025-07-01T08:00:00.000Z', zone)).toBe('2025-07-01T10:00');
  });

  it('answers null or empty for what is not a date-time', () => {
    expect(instantFromLocalInput('', zone)).toBeNull();
    expect(instantFromLocalInput('2025-13-01T10:00x', zone)).toBeNull();
    expect(localInputFromInstant('not a date', zone)).toBe('');
  });
});

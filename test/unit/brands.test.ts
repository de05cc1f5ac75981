// The brands' makers accept exactly their format: a date that exists, an instant in UTC as
// toISOString writes it, a whole non-negative number of bytes; anything else is a RangeError
// whose message does not repeat the value.
import { describe, expect, it } from 'vitest';
import { byteCount, instant, isoDate } from '../../main/domain/brands';

describe('branded values', () => {
  it('IsoDate: real calendar days only', () => {
    expect(isoDate('2028-02-29')).toBe('2028-02-29');
    expect(isoDate('2026-12-31')).toBe('2026-12-31');
    for (const bad of [
      '2026-02-29',
      '2026-13-01',
      '2026-04-31',
      '26-01-01',
      '2026-1-1',
      '2026-01-01T00:00:00Z',
      '',
    ])
      expect(() => isoDate(bad), bad).toThrow(RangeError);
    try {
      isoDate('1999-02-30');
    } catch (err) {
      expect(String(err)).not.toContain('1999');
    }
  });

  it('Instant: UTC as toISOString writes it, from a Date or a string', () => {
    const at = new Date('2026-11-22T12:00:00.000Z');
    expect(instant(at)).toBe('2026-11-22T12:00:00.000Z');
    expect(instant('2026-11-22T12:00:00Z')).toBe('2026-11-22T12:00:00Z');
    for (const bad of ['2026-11-22T13:00:00+01:00', '2026-11-22', '2026-11-22 12:00:00Z', 'now'])
      expect(() => instant(bad), bad).toThrow(RangeError);
    expect(() => instant(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('ByteCount: whole, non-negative, safe', () => {
    expect(byteCount(0)).toBe(0);
    expect(byteCount(25 * 1024 * 1024)).toBe(26_214_400);
    for (const bad of [-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])
      expect(() => byteCount(bad), String(bad)).toThrow(RangeError);
  });
});

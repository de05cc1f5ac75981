// A period on screen is a number and a unit (days, months, years); storage stays ISO 8601. The
// conversion both ways, its bounds (at most 100 years in any unit), and what it refuses.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESETS, NORWEGIAN_PRESET_ID } from '../../main/retention/policies';
import {
  Category,
  Period,
  Preset,
  periodFromAmount,
  periodToAmount,
} from '../../main/retention/policy-schema';

describe('period ↔ ISO 8601', () => {
  it.each([
    ['P3Y', 3, 'years'],
    ['P6M', 6, 'months'],
    ['P0D', 0, 'days'],
    ['P30D', 30, 'days'],
    ['P1Y6M', 18, 'months'],
    ['P2W', 14, 'days'],
    ['P1W3D', 10, 'days'],
    ['P100Y', 100, 'years'],
    ['P0Y', 0, 'years'],
  ] as const)('%s reads as %d %s', (iso, amount, unit) => {
    expect(periodToAmount(iso)).toEqual({ amount, unit });
  });

  it.each(['', 'P', '3Y', 'P-1Y', 'P1.5Y', 'PT3H', 'p3y', 'P1Y2D', 'P1M1W'])(
    '%j is not one amount in one unit',
    (iso) => {
      expect(periodToAmount(iso)).toBeNull();
    },
  );

  it.each([
    ['3', 'years', 'P3Y'],
    ['6', 'months', 'P6M'],
    ['0', 'days', 'P0D'],
    [' 14 ', 'days', 'P14D'],
    ['007', 'months', 'P7M'],
    ['100', 'years', 'P100Y'],
    ['1200', 'months', 'P1200M'],
    ['36525', 'days', 'P36525D'],
  ] as const)('%j %s is stored as %s', (amount, unit, iso) => {
    const result = periodFromAmount(amount, unit);
    expect(result).toEqual({ ok: true, period: iso });
    expect(Period.safeParse(iso).success).toBe(true);
    // And back again: what is stored reads as what was typed.
    expect(periodToAmount(iso)).toEqual({ amount: Number(amount), unit });
  });

  it.each([
    ['101', 'years'],
    ['1201', 'months'],
    ['36526', 'days'],
    ['999999', 'years'],
    ['999999999', 'days'],
    ['12345678901234567890', 'days'],
  ] as const)('%s %s is beyond 100 years', (amount, unit) => {
    expect(periodFromAmount(amount, unit)).toEqual({ ok: false, error: 'periodTooLong' });
  });

  it.each(['', ' ', '-3', '1.5', '1,5', '3e2', 'tre', '0x10'])(
    '%j is not a whole number',
    (amount) => {
      expect(periodFromAmount(amount, 'months')).toEqual({
        ok: false,
        error: 'periodNotANumber',
      });
    },
  );
});

describe('the default presets', () => {
  it('are valid as saved now, and the Norwegian one covers every category', () => {
    for (const preset of DEFAULT_PRESETS) expect(Preset.safeParse(preset).success).toBe(true);
    const no = DEFAULT_PRESETS.find((p) => p.id === NORWEGIAN_PRESET_ID)!;
    expect(new Set(no.rules.map((r) => r.category))).toEqual(new Set(Category.options));
    // What the notice names: conversations 3 years after last contact, agreements 10 years after they end.
    expect(no.rules.filter((r) => r.basis !== 'ownChoice')).toEqual([
      { category: 'sessionNotes', trigger: 'lastContact', period: 'P3Y', action: 'prompt' },
      { category: 'consents', trigger: 'agreementEnd', period: 'P10Y', action: 'prompt' },
    ]);
    // Everything else follows the conversation rule, marked as the organisation's own choice.
    for (const r of no.rules.filter((r) => r.basis === 'ownChoice'))
      expect(r).toMatchObject({ trigger: 'lastContact', period: 'P3Y' });
  });
});

// The shape of a retention policy, as zod schemas: shared by the retention core and the IPC
// contract, so it imports nothing from node or electron.
import { z } from 'zod';
import { PROFILE_CATEGORIES } from '../domain/profile-vocabulary';

export const Category = z.enum([
  'participant',
  'enrolmentData',
  'sessionNotes',
  'assessments',
  'documents.cv',
  'documents.application',
  'documents.interview',
  'documents.testReport',
  'documents.other',
  'consents',
  // The recruitment profile, one category per line of the Norwegian notice (seeds/004).
  ...PROFILE_CATEGORIES,
]);
export type Category = z.infer<typeof Category>;
export const Trigger = z.enum(['programmeEnd', 'lastContact', 'agreementEnd', 'reconfirmation']);
export type Trigger = z.infer<typeof Trigger>;
/** The longest retention period a rule may state: 100 years (36,525 days, 1,200 months, …). */
export const MAX_PERIOD_DAYS = 36_525;

/**
 * Approximate length of an ISO 8601 date duration in days (a year 365.25, a month 30.44), or
 * null if it is not one. Used only to bound a period; dates are computed with calendar.ts.
 */
export function periodDays(period: string): number | null {
  const m = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(period);
  if (!m) return null;
  const [y, mo, w, d] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
  ];
  return y * 365.25 + mo * (365.25 / 12) + w * 7 + d;
}

/**
 * ISO 8601 date durations only (years, months, weeks, days): retention is counted in calendar
 * days. At most 100 years in all (so P100Y, P1200M and P36525D pass, P101Y and P999999Y do not).
 */
export const Period = z
  .string()
  .max(20)
  .regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/)
  .refine((p) => (periodDays(p) ?? Infinity) <= MAX_PERIOD_DAYS + 0.5, {
    message: 'periodTooLong',
  });

/** A period as stored: the ISO 8601 shape only (a vault may hold one saved before the bound). */
export const StoredPeriod = z
  .string()
  .max(20)
  .regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/);

/** The units a period is edited in on screen; storage stays ISO 8601. */
export const PERIOD_UNITS = ['days', 'months', 'years'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];
/** The largest amount each unit allows: 100 years. */
export const MAX_PERIOD_AMOUNT: Readonly<Record<PeriodUnit, number>> = {
  days: MAX_PERIOD_DAYS,
  months: 1_200,
  years: 100,
};

/**
 * An ISO 8601 period as one amount and unit, for the number field and unit picker: P3Y → 3 years,
 * P6M → 6 months, P1Y6M → 18 months, P2W → 14 days, P0D → 0 days. Null when it is not a period or
 * cannot be said in one unit exactly (years or months together with weeks or days).
 */
export function periodToAmount(period: string): { amount: number; unit: PeriodUnit } | null {
  const m = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(period);
  if (!m) return null;
  const [y, mo, w, d] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
  ];
  const calendar = m[1] !== undefined || m[2] !== undefined;
  const counted = m[3] !== undefined || m[4] !== undefined;
  if (calendar && counted) return null;
  if (counted) return { amount: w * 7 + d, unit: 'days' };
  if (m[2] === undefined) return { amount: y, unit: 'years' };
  return { amount: y * 12 + mo, unit: 'months' };
}

export type PeriodInputError = 'periodNotANumber' | 'periodTooLong';

/**
 * The ISO 8601 period for an amount typed in a number field and a unit: "3", years → P3Y. A whole
 * number from 0 up to 100 years' worth of the unit; anything else is an error and no period.
 */
export function periodFromAmount(
  amount: string,
  unit: PeriodUnit,
): { ok: true; period: string } | { ok: false; error: PeriodInputError } {
  const text = amount.trim();
  if (!/^\d+$/.test(text)) return { ok: false, error: 'periodNotANumber' };
  const n = Number(text);
  if (n > MAX_PERIOD_AMOUNT[unit]) return { ok: false, error: 'periodTooLong' };
  const period = `P${n}${unit === 'years' ? 'Y' : unit === 'months' ? 'M' : 'D'}`;
  return Period.safeParse(period).success
    ? { ok: true, period }
    : { ok: false, error: 'periodTooLong' };
}

/**
 * Where a rule comes from: the privacy notice says so ('notice', the default), or the notice does
 * not name the category and the organisation chose the rule ('ownChoice'; shown as such).
 */
export const RuleBasis = z.enum(['notice', 'ownChoice']);
export type RuleBasis = z.infer<typeof RuleBasis>;

/** A rule as saved now: its period at most 100 years. */
export const Rule = z
  .object({
    category: Category,
    trigger: Trigger,
    period: Period,
    action: z.enum(['prompt', 'automatic']),
    basis: RuleBasis.optional(),
  })
  .strict();
export type Rule = z.infer<typeof Rule>;

const presetFields = {
  id: z.string().trim().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  source: z.string().max(200),
};

/** A preset as saved now (every period bounded). */
export const Preset = z.object({ ...presetFields, rules: z.array(Rule).max(50) }).strict();
export type Preset = z.infer<typeof Preset>;

/**
 * A preset as read back: a period beyond the bound (saved by an older version) is kept, and the
 * due list flags its rule instead of failing (retention/due.ts).
 */
export const StoredPreset = z
  .object({
    ...presetFields,
    rules: z.array(Rule.extend({ period: StoredPeriod })).max(50),
  })
  .strict();

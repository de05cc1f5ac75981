// The shape of a retention policy, as zod schemas: shared by the retention core and the IPC
// contract, so it imports nothing from node or electron.
import { z } from 'zod';

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

/** A rule as saved now: its period at most 100 years. */
export const Rule = z
  .object({
    category: Category,
    trigger: Trigger,
    period: Period,
    action: z.enum(['prompt', 'automatic']),
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

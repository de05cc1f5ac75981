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
/** ISO 8601 date durations only (years, months, weeks, days): retention is counted in calendar days. */
export const Period = z
  .string()
  .max(20)
  .regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/);

export const Rule = z
  .object({
    category: Category,
    trigger: Trigger,
    period: Period,
    action: z.enum(['prompt', 'automatic']),
  })
  .strict();
export type Rule = z.infer<typeof Rule>;

export const Preset = z
  .object({
    id: z.string().trim().min(1).max(100),
    name: z.string().trim().min(1).max(200),
    source: z.string().max(200),
    rules: z.array(Rule).max(50),
  })
  .strict();
export type Preset = z.infer<typeof Preset>;

// The retention rules that apply to one person and the day each will delete their data, for the
// access copy (GDPR art. 15(1)(d): "the envisaged period for which the personal data will be
// stored"). Read from the same due computation as the banner and the review screen
// (retention/due.ts over retention/due-data.ts), never worked out a second way.
import { localDate } from '../retention/calendar';
import { computeDueFlagged, type DueItem } from '../retention/due';
import { loadRetentionData } from '../retention/due-data';
import { listPresets } from '../retention/policies';
import { MAX_PERIOD_DAYS } from '../retention/policy-schema';
import type { Database } from '../vault/database';
import type { AccessCopyData } from './access-data-schema';

/** Far enough ahead that every computable rule's date falls inside (periods are at most 100 years). */
const EVERYTHING_DAYS = 2 * MAX_PERIOD_DAYS;

/**
 * One entry per rule of each preset the person's programmes follow: category, trigger, period
 * (ISO 8601), whether the privacy notice names it, and `deleteOn`, the earliest local date
 * (YYYY-MM-DD, in `timeZone`) a due item of that rule falls due for this person after any
 * postponement, or null while its trigger has not happened (no last contact yet, an agreement
 * still in force, nothing of the category held). Empty for a person in no programme.
 */
export function retentionFor(
  db: Database,
  participantId: number,
  now: Date,
  timeZone: string,
): AccessCopyData['retention'] {
  const data = loadRetentionData(db);
  const person = data.participants.find((p) => p.id === participantId);
  if (!person) return [];
  const presetIds = new Set(
    data.programmes.filter((p) => person.programmeIds.includes(p.id)).map((p) => p.presetId),
  );
  const presets = listPresets(db, now).filter((p) => presetIds.has(p.id));
  const { items } = computeDueFlagged(presets, data, {
    today: localDate(now, timeZone),
    timeZone,
    horizonDays: EVERYTHING_DAYS,
  });
  const mine = items.filter((item) => concerns(item, participantId, person.programmeIds));
  return presets.flatMap((preset) =>
    preset.rules.map((rule) => {
      const first = mine
        .filter(
          (i) =>
            i.presetId === preset.id &&
            i.trigger === rule.trigger &&
            i.categories.includes(rule.category),
        )
        .sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn))[0];
      return {
        category: rule.category,
        presetId: preset.id,
        presetName: preset.name,
        trigger: rule.trigger,
        period: rule.period,
        basis: rule.basis ?? 'notice',
        since: first?.since ?? null,
        deleteOn: first?.effectiveOn ?? null,
      };
    }),
  );
}

function concerns(item: DueItem, participantId: number, programmeIds: readonly number[]): boolean {
  const s = item.scope;
  return s.kind === 'programme'
    ? programmeIds.includes(s.programmeId)
    : s.participantId === participantId;
}

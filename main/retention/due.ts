// What is due for shredding: a pure function of (policies, data, today). No clock, no database.
import type { IsoDate } from '../domain/brands';
import { addDays, addPeriod as addPeriodUnsafe, toLocalDate } from './calendar';
import type { Category, Preset, Rule, Trigger } from './policies';
import { MAX_PERIOD_DAYS, periodDays } from './policy-schema';

/** A rule whose period cannot be computed (beyond 100 years, or past the calendar): flagged, skipped. */
export type InvalidRule = Readonly<{ presetId: string; period: string }>;

/** Thrown inside computeDue for one rule; caught per rule, never escapes. */
class UncomputablePeriod extends Error {}

/**
 * since + period, or UncomputablePeriod when the period is unbounded or the date leaves the
 * calendar. `date` is a stored date (the schema's CHECKs hold date columns to YYYY-MM-DD) or one
 * toLocalDate made, hence taken as an IsoDate here, at the one place stored rows meet the calendar.
 */
function addPeriod(date: string, period: string): IsoDate {
  const days = periodDays(period);
  if (days === null || days > MAX_PERIOD_DAYS + 0.5) throw new UncomputablePeriod(period);
  try {
    return addPeriodUnsafe(date as IsoDate, period);
  } catch {
    throw new UncomputablePeriod(period);
  }
}

export type RetentionData = Readonly<{
  programmes: readonly Readonly<{
    id: number;
    endsOn: string;
    status: 'active' | 'closing' | 'closed';
    presetId: string;
  }>[];
  participants: readonly Readonly<{
    id: number;
    lastContactAt: string | null;
    programmeIds: readonly number[];
    /**
     * What the person still holds that a rule could remove (an enrolment still running or an
     * agreement still in force is not): a category, and the preset of the programme the rows
     * belong to (null: no programme). A rule on the person needs any of it under its preset. A last-contact rule is due only for a category held under its preset
     * or under none (rows already purged, or kept by another programme's rules, are not its).
     * Absent: every category counts as held.
     */
    holds?: readonly Readonly<{ category: string; presetId: string | null }>[];
  }>[];
  documents: readonly Readonly<{
    id: number;
    participantId: number;
    kind: string;
    createdAt: string;
    reconfirmedOn: string | null;
  }>[];
  consents: readonly Readonly<{ id: number; participantId: number; withdrawnOn: string | null }>[];
  postponements: readonly Readonly<{ itemKey: string; until: string }>[];
}>;

export type DueScope =
  | { kind: 'programme'; programmeId: number }
  | { kind: 'participant'; participantId: number }
  | { kind: 'document'; documentId: number; participantId: number }
  | { kind: 'consent'; consentId: number; participantId: number };

export type DueItem = Readonly<{
  /** Stable identity of the item, used to record postponements. */
  key: string;
  scope: DueScope;
  categories: readonly Category[];
  trigger: Trigger;
  period: string;
  presetId: string;
  /** The date the trigger happened (programme end, last contact, …), local. */
  since: string;
  /** since + period. */
  dueOn: string;
  /** When it must be acted on: dueOn, or the end of a postponement. */
  effectiveOn: string;
  postponedUntil: string | null;
  action: 'prompt' | 'automatic';
}>;

/** Today as a local date (YYYY-MM-DD) in `timeZone` (IANA name), and how many days ahead to look. */
export type DueOptions = Readonly<{ today: IsoDate; timeZone: string; horizonDays?: number }>;

/** Items whose effective date is on or before today + horizon, soonest first. */
export function computeDue(
  presets: readonly Preset[],
  data: RetentionData,
  options: DueOptions,
): DueItem[] {
  return computeDueFlagged(presets, data, options).items;
}

/**
 * computeDue, and the rules it had to skip because their period cannot be computed (a stored
 * `P999999Y`): one bad rule is flagged for the screen and never breaks the rest of the list.
 */
export function computeDueFlagged(
  presets: readonly Preset[],
  data: RetentionData,
  options: DueOptions,
): { items: DueItem[]; invalidRules: InvalidRule[] } {
  const invalid = new Map<string, InvalidRule>();
  const flag = (presetId: string, period: string) =>
    invalid.set(`${presetId}\u0000${period}`, { presetId, period });
  const usable = presets.map((preset) => ({
    ...preset,
    rules: preset.rules.filter((rule) => {
      try {
        addPeriod('2000-01-01', rule.period);
        return true;
      } catch {
        flag(preset.id, rule.period);
        return false;
      }
    }),
  }));
  const items = computeUsable(usable, data, options, flag);
  return { items, invalidRules: [...invalid.values()] };
}

function computeUsable(
  presets: readonly Preset[],
  data: RetentionData,
  options: DueOptions,
  flag: (presetId: string, period: string) => void,
): DueItem[] {
  const byId = new Map(presets.map((p) => [p.id, p]));
  const limit = addDays(options.today, options.horizonDays ?? 0);
  const postponed = new Map<string, string>();
  for (const p of data.postponements) {
    if (p.until > (postponed.get(p.itemKey) ?? '')) postponed.set(p.itemKey, p.until);
  }
  const items: DueItem[] = [];
  const push = (
    make: () => Omit<DueItem, 'effectiveOn' | 'postponedUntil'>,
    presetId: string,
    period: string,
  ) => {
    let item: Omit<DueItem, 'effectiveOn' | 'postponedUntil'>;
    try {
      item = make();
    } catch (err) {
      // A date past the calendar for this one item (a far-future start): flag the rule, go on.
      if (!(err instanceof UncomputablePeriod)) throw err;
      flag(presetId, period);
      return;
    }
    const until = postponed.get(item.key) ?? null;
    const postponedUntil = until && until > item.dueOn ? until : null;
    const effectiveOn = postponedUntil ?? item.dueOn;
    if (effectiveOn <= limit) items.push({ ...item, postponedUntil, effectiveOn });
  };
  const programmePreset = new Map(data.programmes.map((p) => [p.id, byId.get(p.presetId)]));
  const presetsOf = (programmeIds: readonly number[]) =>
    unique(programmeIds.map((id) => programmePreset.get(id)).filter((p): p is Preset => !!p));

  for (const programme of data.programmes) {
    if (programme.status === 'closed') continue;
    const preset = byId.get(programme.presetId);
    const rules = preset?.rules.filter((r) => r.trigger === 'programmeEnd') ?? [];
    if (!preset || rules.length === 0) continue;
    // One close-out per programme: the earliest period among its programme-end rules starts it.
    const first = rules.reduce((a, b) => {
      try {
        return addPeriod(programme.endsOn, a.period) <= addPeriod(programme.endsOn, b.period)
          ? a
          : b;
      } catch {
        // Past the calendar from this end date: compare by length; push() flags it if chosen.
        return (periodDays(a.period) ?? 0) <= (periodDays(b.period) ?? 0) ? a : b;
      }
    });
    push(
      () => ({
        key: `programmeEnd:programme:${programme.id}`,
        scope: { kind: 'programme', programmeId: programme.id },
        categories: unique(rules.map((r) => r.category)),
        trigger: 'programmeEnd',
        period: first.period,
        presetId: preset.id,
        since: programme.endsOn,
        dueOn: addPeriod(programme.endsOn, first.period),
        action: rules.every((r) => r.action === 'automatic') ? 'automatic' : 'prompt',
      }),
      preset.id,
      first.period,
    );
  }

  const participantsById = new Map(data.participants.map((p) => [p.id, p]));
  for (const participant of data.participants) {
    if (!participant.lastContactAt) continue;
    const since = toLocalDate(participant.lastContactAt, options.timeZone);
    for (const { preset, rule } of rulesFor(presetsOf(participant.programmeIds), 'lastContact')) {
      if (
        participant.holds &&
        !participant.holds.some(
          (h) =>
            (rule.category === 'participant' || h.category === rule.category) &&
            (h.presetId === null || h.presetId === preset.id),
        )
      )
        continue;
      push(
        () => ({
          key: `lastContact:${rule.category}:participant:${participant.id}`,
          scope: { kind: 'participant', participantId: participant.id },
          categories: [rule.category],
          trigger: 'lastContact',
          period: rule.period,
          presetId: preset.id,
          since,
          dueOn: addPeriod(since, rule.period),
          action: rule.action,
        }),
        preset.id,
        rule.period,
      );
    }
  }

  for (const document of data.documents) {
    const owner = participantsById.get(document.participantId);
    if (!owner) continue;
    const category = `documents.${document.kind}` as Category;
    const since = document.reconfirmedOn ?? toLocalDate(document.createdAt, options.timeZone);
    for (const { preset, rule } of rulesFor(presetsOf(owner.programmeIds), 'reconfirmation')) {
      if (rule.category !== category) continue;
      push(
        () => ({
          key: `reconfirmation:${category}:document:${document.id}`,
          scope: { kind: 'document', documentId: document.id, participantId: owner.id },
          categories: [category],
          trigger: 'reconfirmation',
          period: rule.period,
          presetId: preset.id,
          since,
          dueOn: addPeriod(since, rule.period),
          action: rule.action,
        }),
        preset.id,
        rule.period,
      );
    }
  }

  for (const consent of data.consents) {
    const owner = participantsById.get(consent.participantId);
    const withdrawnOn = consent.withdrawnOn;
    if (!owner || !withdrawnOn) continue;
    for (const { preset, rule } of rulesFor(presetsOf(owner.programmeIds), 'agreementEnd')) {
      push(
        () => ({
          key: `agreementEnd:${rule.category}:consent:${consent.id}`,
          scope: { kind: 'consent', consentId: consent.id, participantId: owner.id },
          categories: [rule.category],
          trigger: 'agreementEnd',
          period: rule.period,
          presetId: preset.id,
          since: withdrawnOn,
          dueOn: addPeriod(withdrawnOn, rule.period),
          action: rule.action,
        }),
        preset.id,
        rule.period,
      );
    }
  }

  return items.sort(
    (a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || a.key.localeCompare(b.key),
  );
}

function rulesFor(presets: readonly Preset[], trigger: Trigger): { preset: Preset; rule: Rule }[] {
  return presets.flatMap((preset) =>
    preset.rules.filter((r) => r.trigger === trigger).map((rule) => ({ preset, rule })),
  );
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

export type ProgrammeStatus = 'active' | 'closing' | 'closed';

/**
 * A programme's status as the screens show it: closed once its close-out ran (stored), closing
 * from the day after its end date (whatever is stored), else active. Pure: no clock.
 */
export function programmeStatus(
  stored: ProgrammeStatus,
  endsOn: string,
  today: string,
): ProgrammeStatus {
  if (stored === 'closed') return 'closed';
  return endsOn < today ? 'closing' : 'active';
}

/**
 * The next retention date per participant, from the same due items: the earliest effective date
 * of an item on the person, their document or agreement, or a programme they are enrolled in.
 */
export function nextDueByParticipant(
  items: readonly DueItem[],
  data: RetentionData,
): Map<number, string> {
  const enrolled = new Map<number, number[]>();
  for (const p of data.participants)
    for (const programmeId of p.programmeIds)
      enrolled.set(programmeId, [...(enrolled.get(programmeId) ?? []), p.id]);
  const next = new Map<number, string>();
  const note = (participantId: number, on: string) => {
    const seen = next.get(participantId);
    if (seen === undefined || on < seen) next.set(participantId, on);
  };
  for (const item of items) {
    const s = item.scope;
    if (s.kind === 'programme')
      for (const id of enrolled.get(s.programmeId) ?? []) note(id, item.effectiveOn);
    else note(s.participantId, item.effectiveOn);
  }
  return next;
}

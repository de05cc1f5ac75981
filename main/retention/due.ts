// What is due for shredding: a pure function of (policies, data, today). No clock, no database.
import { addDays, addPeriod, toLocalDate } from './calendar';
import type { Category, Preset, Rule, Trigger } from './policies';

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

export type DueOptions = Readonly<{ today: string; timeZone: string; horizonDays?: number }>;

/** Items whose effective date is on or before today + horizon, soonest first. */
export function computeDue(
  presets: readonly Preset[],
  data: RetentionData,
  options: DueOptions,
): DueItem[] {
  const byId = new Map(presets.map((p) => [p.id, p]));
  const limit = addDays(options.today, options.horizonDays ?? 0);
  const postponed = new Map<string, string>();
  for (const p of data.postponements) {
    if (p.until > (postponed.get(p.itemKey) ?? '')) postponed.set(p.itemKey, p.until);
  }
  const items: DueItem[] = [];
  const push = (item: Omit<DueItem, 'effectiveOn' | 'postponedUntil'>) => {
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
    const first = rules.reduce((a, b) =>
      addPeriod(programme.endsOn, a.period) <= addPeriod(programme.endsOn, b.period) ? a : b,
    );
    push({
      key: `programmeEnd:programme:${programme.id}`,
      scope: { kind: 'programme', programmeId: programme.id },
      categories: unique(rules.map((r) => r.category)),
      trigger: 'programmeEnd',
      period: first.period,
      presetId: preset.id,
      since: programme.endsOn,
      dueOn: addPeriod(programme.endsOn, first.period),
      action: rules.every((r) => r.action === 'automatic') ? 'automatic' : 'prompt',
    });
  }

  const participantsById = new Map(data.participants.map((p) => [p.id, p]));
  for (const participant of data.participants) {
    if (!participant.lastContactAt) continue;
    const since = toLocalDate(participant.lastContactAt, options.timeZone);
    for (const { preset, rule } of rulesFor(presetsOf(participant.programmeIds), 'lastContact')) {
      push({
        key: `lastContact:${rule.category}:participant:${participant.id}`,
        scope: { kind: 'participant', participantId: participant.id },
        categories: [rule.category],
        trigger: 'lastContact',
        period: rule.period,
        presetId: preset.id,
        since,
        dueOn: addPeriod(since, rule.period),
        action: rule.action,
      });
    }
  }

  for (const document of data.documents) {
    const owner = participantsById.get(document.participantId);
    if (!owner) continue;
    const category = `documents.${document.kind}` as Category;
    const since = document.reconfirmedOn ?? toLocalDate(document.createdAt, options.timeZone);
    for (const { preset, rule } of rulesFor(presetsOf(owner.programmeIds), 'reconfirmation')) {
      if (rule.category !== category) continue;
      push({
        key: `reconfirmation:${category}:document:${document.id}`,
        scope: { kind: 'document', documentId: document.id, participantId: owner.id },
        categories: [category],
        trigger: 'reconfirmation',
        period: rule.period,
        presetId: preset.id,
        since,
        dueOn: addPeriod(since, rule.period),
        action: rule.action,
      });
    }
  }

  for (const consent of data.consents) {
    const owner = participantsById.get(consent.participantId);
    if (!owner || !consent.withdrawnOn) continue;
    for (const { preset, rule } of rulesFor(presetsOf(owner.programmeIds), 'agreementEnd')) {
      push({
        key: `agreementEnd:${rule.category}:consent:${consent.id}`,
        scope: { kind: 'consent', consentId: consent.id, participantId: owner.id },
        categories: [rule.category],
        trigger: 'agreementEnd',
        period: rule.period,
        presetId: preset.id,
        since: consent.withdrawnOn,
        dueOn: addPeriod(consent.withdrawnOn, rule.period),
        action: rule.action,
      });
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

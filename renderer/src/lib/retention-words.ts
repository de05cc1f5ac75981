// Retention facts in the consultant's words: ISO periods, preset names and the reason an item is due.
import type { TFunction } from 'i18next';
import type { ChannelOutput } from '@core/ipc/contract';
import { DEFAULT_PRESETS } from '@core/retention/policies';
import type { Language } from '../i18n/language';
import { formatDay, todayIso } from './dates';

export type DueItem = ChannelOutput<'retention.due'>['items'][number];
export type Preset = ChannelOutput<'retention.presets.list'>[number];
export type Trigger = DueItem['trigger'];

const PERIOD = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/** Parts of an ISO 8601 date duration, or null when it is not one (e.g. a half-typed value). */
export function periodParts(
  period: string,
): { years: number; months: number; weeks: number; days: number } | null {
  const m = PERIOD.exec(period);
  if (!m) return null;
  const [years, months, weeks, days] = m.slice(1).map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
  ];
  return { years, months, weeks, days };
}

/** "6 months", "3 years", "at once" for P0D; null when the value is not a period. */
export function periodInWords(period: string, t: TFunction): string | null {
  const parts = periodParts(period);
  if (!parts) return null;
  const words = (['years', 'months', 'weeks', 'days'] as const)
    .filter((unit) => parts[unit] > 0)
    .map((unit) => t(`retention.period.${unit}`, { count: parts[unit] }));
  return words.length ? words.join(', ') : t('retention.period.none');
}

/** "at programme end" or "6 months after last contact": when a rule strikes. */
export function ruleWhen(trigger: Trigger, period: string, t: TFunction): string {
  const words = periodInWords(period, t);
  const parts = periodParts(period);
  const zero = !parts || Object.values(parts).every((n) => n === 0);
  return zero || !words
    ? t(`retention.reason.at.${trigger}`)
    : t(`retention.reason.after.${trigger}`, { period: words });
}

/**
 * A preset's name in the reader's language while it still has its default name; once the
 * organisation renames it, their own name is shown as written.
 */
export function presetName(presetId: string, presets: readonly Preset[], t: TFunction): string {
  const stored = presets.find((p) => p.id === presetId)?.name;
  const original = DEFAULT_PRESETS.find((p) => p.id === presetId);
  if (original && (stored === undefined || stored === original.name)) {
    return t(`retention.presetNames.${original.id as 'dk-jobcentre-coaching'}`);
  }
  return stored ?? presetId;
}

/**
 * Where a default preset's rules come from, in the reader's language ("the Norwegian privacy notice
 * for recruitment and guidance"); null for the organisation's own presets (never a file name).
 */
export function presetSource(presetId: string, t: TFunction): string | null {
  const original = DEFAULT_PRESETS.find((p) => p.id === presetId);
  return original
    ? t(`retention.settings.sources.${original.id as 'dk-jobcentre-coaching'}`)
    : null;
}

/** "Programme ended 31 Oct 2026 — rule: Danish job-centre coaching, at programme end". */
export function dueReason(
  item: DueItem,
  presets: readonly Preset[],
  t: TFunction,
  language: Language,
): string {
  const date = formatDay(item.since, language);
  // The tense follows the date: a programme or agreement that ends later "ends", not "ended".
  const reason =
    item.since > todayIso() && (item.trigger === 'programmeEnd' || item.trigger === 'agreementEnd')
      ? t(`retention.reason.upcoming.${item.trigger}`, { date })
      : t(`retention.reason.${item.trigger}`, { date });
  return t('retention.reason.rule', {
    reason,
    preset: presetName(item.presetId, presets, t),
    when: ruleWhen(item.trigger, item.period, t),
  });
}

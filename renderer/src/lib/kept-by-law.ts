// What a retention rule keeps from an erasure, in the consultant's words: one line per rule for the
// review, and a first draft of the refusal reason the person is given (art. 17(3), 12(4)).
import type { TFunction } from 'i18next';
import type { ChannelOutput } from '@core/ipc/contract';
import type { Language } from '../i18n/language';
import { formatDay } from './dates';
import { presetName, ruleWhen, type Preset } from './retention-words';

export type KeptByLaw = ChannelOutput<'requests.reviewErasure'>['keptByLaw'][number];

/** "10 years after the agreement ends": the preset's agreement rule, as the retention screens say it. */
function ruleOf(kept: KeptByLaw, presets: readonly Preset[], t: TFunction): string {
  const rule = presets
    .find((p) => p.id === kept.presetId)
    ?.rules.find((r) => r.category === kept.category && r.trigger === 'agreementEnd');
  return rule ? ruleWhen('agreementEnd', rule.period, t) : t('retention.triggers.agreementEnd');
}

/** "until 12 Mar 2037, under the rule “Norwegian recruitment and guidance” (10 years after …)". */
export function keptLine(
  kept: KeptByLaw,
  presets: readonly Preset[],
  t: TFunction,
  language: Language,
): string {
  return t('rights.erasure.keptLine', {
    until: kept.until
      ? t('rights.erasure.keptUntil', { date: formatDay(kept.until, language) })
      : t('rights.erasure.keptInForce', { count: kept.count }),
    preset: presetName(kept.presetId, presets, t),
    when: ruleOf(kept, presets, t),
  });
}

/** The refusal reason to start from: what is kept, until when and by which rule; then the rest. */
export function refusalDraft(
  kept: readonly KeptByLaw[],
  presets: readonly Preset[],
  t: TFunction,
  language: Language,
): string {
  const sentences = kept.map((k) =>
    t('rights.erasure.reasonDraft', {
      count: k.count,
      until: k.until
        ? t('rights.erasure.keptUntil', { date: formatDay(k.until, language) })
        : t('rights.erasure.draftInForce', { count: k.count }),
      preset: presetName(k.presetId, presets, t),
      when: ruleOf(k, presets, t),
    }),
  );
  return [...sentences, t('rights.erasure.reasonDraftRest')].join(' ');
}

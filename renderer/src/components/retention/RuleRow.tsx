// One rule of a retention preset as a table row, in the consultant's words: the category, when it
// strikes ("after the last contact"), the period as a number and a unit (ISO 8601 stays in
// storage) with the whole rule as a sentence under it, and the action. A rule the privacy notice does not name
// is marked as the organisation's own choice.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_PERIOD_AMOUNT,
  PERIOD_UNITS,
  periodFromAmount,
  periodToAmount,
  type PeriodInputError,
  type PeriodUnit,
} from '@core/retention/policy-schema';
import { CATEGORY_ORDER, categoryName } from '../../lib/category-names';
import { periodInWords, ruleWhen, type Preset } from '../../lib/retention-words';

export type Rule = Preset['rules'][number];

// Addenda and audit entries follow their note or person; a rule cannot target them alone.
const RULE_CATEGORIES = CATEGORY_ORDER.filter(
  (c) => c !== 'addenda' && c !== 'auditReferences',
) as readonly Rule['category'][];
const TRIGGERS = ['programmeEnd', 'lastContact', 'agreementEnd', 'reconfirmation'] as const;

type Props = Readonly<{
  rule: Rule;
  n: number;
  idPrefix: string;
  onChange: (rule: Rule) => void;
  /** The typed period cannot be saved (true) or can again (false); the rule keeps its last valid one. */
  onInvalid: (invalid: boolean) => void;
  onRemove: () => void;
  /** The preset's one explanation of "own choice", which a marked row points to. */
  ownChoiceHintId: string;
}>;

export function RuleRow({
  rule,
  n,
  idPrefix,
  onChange,
  onInvalid,
  onRemove,
  ownChoiceHintId,
}: Props) {
  const { t } = useTranslation();
  const stored = periodToAmount(rule.period);
  const [amount, setAmount] = useState(stored ? String(stored.amount) : '');
  const [unit, setUnit] = useState<PeriodUnit>(stored?.unit ?? 'months');
  const [error, setError] = useState<PeriodInputError | null>(null);
  const cell = (field: string) => `${idPrefix}-${n}-${field}`;
  const count = /^\d+$/.test(amount.trim()) ? Number(amount.trim()) : 2;

  const edit = (nextAmount: string, nextUnit: PeriodUnit) => {
    setAmount(nextAmount);
    setUnit(nextUnit);
    const result = periodFromAmount(nextAmount, nextUnit);
    if (!result.ok) {
      setError(result.error);
      onInvalid(true);
      return;
    }
    setError(null);
    onInvalid(false);
    if (result.period !== rule.period) onChange({ ...rule, period: result.period });
  };

  const current = periodInWords(rule.period, t) ?? rule.period;
  const ownChoice = rule.basis === 'ownChoice';
  return (
    <tr>
      <td>
        <select
          aria-label={`${t('retention.settings.category')} ${n}`}
          aria-describedby={ownChoice ? `${cell('own')} ${ownChoiceHintId}` : undefined}
          value={rule.category}
          onChange={(e) => onChange({ ...rule, category: e.target.value as Rule['category'] })}
        >
          {RULE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryName(c, t)}
            </option>
          ))}
        </select>
        {ownChoice && (
          <span className="badge rule-own-choice" id={cell('own')}>
            {t('retention.settings.ownChoice')}
          </span>
        )}
      </td>
      <td>
        <select
          aria-label={`${t('retention.settings.when')} ${n}`}
          value={rule.trigger}
          onChange={(e) => onChange({ ...rule, trigger: e.target.value as Rule['trigger'] })}
        >
          {TRIGGERS.map((trigger) => (
            <option key={trigger} value={trigger}>
              {t(`retention.settings.triggerWords.${trigger}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <div className="period-picker">
          <input
            className="period-input"
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_PERIOD_AMOUNT[unit]}
            step={1}
            aria-label={t('retention.settings.periodAmount', { n })}
            value={amount}
            aria-invalid={error !== null}
            aria-describedby={
              error ? cell('error') : stored ? cell('words') : `${cell('words')} ${cell('mixed')}`
            }
            onChange={(e) => edit(e.target.value, unit)}
          />
          <select
            aria-label={t('retention.settings.periodUnit', { n })}
            value={unit}
            onChange={(e) => edit(amount, e.target.value as PeriodUnit)}
          >
            {PERIOD_UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`retention.settings.units.${u}`, { count })}
              </option>
            ))}
          </select>
        </div>
        <p className="hint rule-words" id={cell('words')}>
          {capitalise(ruleWhen(rule.trigger, rule.period, t))}
        </p>
        {error && (
          <p className="hint hint-error" id={cell('error')} role="alert">
            {t(`retention.settings.periodErrors.${error}`)}{' '}
            {t('retention.settings.periodKept', { period: current })}
          </p>
        )}
        {!stored && !error && (
          <p className="hint" id={cell('mixed')}>
            {t('retention.settings.periodMixed', { period: current })}
          </p>
        )}
      </td>
      <td>
        <select
          aria-label={`${t('retention.settings.action')} ${n}`}
          value={rule.action}
          onChange={(e) => onChange({ ...rule, action: e.target.value as Rule['action'] })}
        >
          {(['prompt', 'automatic'] as const).map((a) => (
            <option key={a} value={a}>
              {t(`retention.settings.actions.${a}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <button
          type="button"
          className="button button-quiet"
          aria-label={t('retention.settings.removeRule', { n })}
          onClick={onRemove}
        >
          {t('retention.settings.remove')}
        </button>
      </td>
    </tr>
  );
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

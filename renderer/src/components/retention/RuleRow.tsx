// One rule of a retention preset as a table row: category, trigger, ISO period with its words, action.
import { useTranslation } from 'react-i18next';
import { CATEGORY_ORDER, categoryName } from '../../lib/category-names';
import { periodInWords, type Preset } from '../../lib/retention-words';

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
  onRemove: () => void;
}>;

export function RuleRow({ rule, n, idPrefix, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const words = periodInWords(rule.period, t);
  const cell = (field: string) => `${idPrefix}-${n}-${field}`;
  return (
    <tr>
      <td>
        <select
          aria-label={`${t('retention.settings.category')} ${n}`}
          value={rule.category}
          onChange={(e) => onChange({ ...rule, category: e.target.value as Rule['category'] })}
        >
          {RULE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryName(c, t)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={`${t('retention.settings.trigger')} ${n}`}
          value={rule.trigger}
          onChange={(e) => onChange({ ...rule, trigger: e.target.value as Rule['trigger'] })}
        >
          {TRIGGERS.map((trigger) => (
            <option key={trigger} value={trigger}>
              {t(`retention.triggers.${trigger}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          className="period-input"
          aria-label={`${t('retention.settings.period')} ${n}`}
          value={rule.period}
          maxLength={20}
          aria-invalid={words === null}
          aria-describedby={cell('words')}
          onChange={(e) => onChange({ ...rule, period: e.target.value.toUpperCase() })}
        />
      </td>
      <td id={cell('words')} className={words === null ? 'hint-error' : undefined}>
        {words ?? t('retention.settings.periodInvalid')}
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
        <button type="button" className="button button-quiet" onClick={onRemove}>
          {t('retention.settings.removeRule', { n })}
        </button>
      </td>
    </tr>
  );
}

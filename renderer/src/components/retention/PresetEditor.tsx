// Edit one retention preset: its name and its rules table; saved as a whole. A period being typed
// that cannot be saved blocks the save with a clear message, and the rule keeps its last valid one.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@core/ipc/contract';
import { presetName, presetSource, type Preset } from '../../lib/retention-words';
import { ErrorMessage } from '../ErrorMessage';
import { RuleRow, type Rule } from './RuleRow';
import { useVaultMutation } from '../../lib/vault-query';

type Props = Readonly<{ preset: Preset; presets: readonly Preset[]; onSaved: (p: Preset) => void }>;

export function PresetEditor({ preset, presets, onSaved }: Props) {
  const { t } = useTranslation();
  const savePreset = useVaultMutation('retention.presets.save');
  const id = useId();
  const [name, setName] = useState(presetName(preset.id, presets, t));
  // Each row keeps a stable key, so a removed rule does not hand its typed period to the next.
  const nextKey = useRef(preset.rules.length);
  const [rows, setRows] = useState<readonly { key: number; rule: Rule }[]>(
    preset.rules.map((rule, key) => ({ key, rule })),
  );
  const [invalidRows, setInvalidRows] = useState<ReadonlySet<number>>(new Set());
  const [error, setError] = useState<IpcError | null>(null);
  const [blocked, setBlocked] = useState(false);
  const [saved, setSaved] = useState(false);
  const rules = rows.map((r) => r.rule);
  const source = presetSource(preset.id, t);

  const markInvalid = (key: number, invalid: boolean) => {
    setSaved(false);
    setInvalidRows((all) => {
      const next = new Set(all);
      if (invalid) next.add(key);
      else next.delete(key);
      if (next.size === 0) setBlocked(false);
      return next;
    });
  };

  const save = async () => {
    if (invalidRows.size > 0) {
      setSaved(false);
      return setBlocked(true);
    }
    if (name.trim().length === 0) return setError({ code: 'validation' });
    // A name left as shown keeps the stored one, so the default stays translated in every language.
    const storedName = name === presetName(preset.id, presets, t) ? preset.name : name.trim();
    const result = await savePreset.mutateAsync({
      ...preset,
      name: storedName,
      rules,
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    setSaved(true);
    onSaved(result.value);
  };

  const update = (key: number, rule: Rule | null) => {
    setSaved(false);
    if (!rule) markInvalid(key, false);
    setRows((all) =>
      rule ? all.map((r) => (r.key === key ? { key, rule } : r)) : all.filter((r) => r.key !== key),
    );
  };

  return (
    <section className="preset" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{presetName(preset.id, presets, t)}</h3>
      {source && <p className="hint">{t('retention.settings.source', { source })}</p>}
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('retention.settings.presetName')}</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="table-scroll">
        <table className="table rules-table">
          <caption className="visually-hidden">
            {t('retention.settings.rulesLabel', { name: presetName(preset.id, presets, t) })}
          </caption>
          <colgroup>
            <col className="col-category" />
            <col className="col-trigger" />
            <col className="col-period" />
            <col className="col-action" />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('retention.settings.category')}</th>
              <th scope="col">{t('retention.settings.when')}</th>
              <th scope="col">{t('retention.settings.period')}</th>
              <th scope="col">{t('retention.settings.action')}</th>
              <th scope="col">
                <span className="visually-hidden">
                  {t('retention.settings.removeRule', { n: '' })}
                </span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, rule }, i) => (
              <RuleRow
                key={key}
                rule={rule}
                n={i + 1}
                idPrefix={id}
                onChange={(r) => update(key, r)}
                onInvalid={(invalid) => markInvalid(key, invalid)}
                onRemove={() => update(key, null)}
                ownChoiceHintId={`${id}-own-choice`}
              />
            ))}
          </tbody>
        </table>
      </div>
      {rules.some((r) => r.basis === 'ownChoice') && (
        <p className="hint rules-legend" id={`${id}-own-choice`}>
          <span className="badge">{t('retention.settings.ownChoice')}</span>{' '}
          {t('retention.settings.ownChoiceHint')}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
      {blocked && (
        <p className="message message-error" role="alert">
          {t('retention.settings.invalidRules')}
        </p>
      )}
      {saved && (
        <p className="message message-success" role="status">
          {t('retention.settings.saved')}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            setRows((all) => [
              ...all,
              {
                key: nextKey.current++,
                rule: {
                  category: 'sessionNotes',
                  trigger: 'programmeEnd',
                  period: 'P0D',
                  action: 'prompt',
                },
              },
            ])
          }
        >
          {t('retention.settings.addRule')}
        </button>
        <button type="button" className="button button-primary" onClick={() => void save()}>
          {t('retention.settings.savePreset')}
        </button>
      </div>
    </section>
  );
}

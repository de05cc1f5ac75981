// Edit one retention preset: its name and its rules table; saved as a whole.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../../main/ipc/contract';
import { periodParts, presetName, type Preset } from '../../lib/retention-words';
import { ErrorMessage } from '../ErrorMessage';
import { RuleRow, type Rule } from './RuleRow';

type Props = Readonly<{ preset: Preset; presets: readonly Preset[]; onSaved: (p: Preset) => void }>;

export function PresetEditor({ preset, presets, onSaved }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(presetName(preset.id, presets, t));
  const [rules, setRules] = useState<readonly Rule[]>(preset.rules);
  const [error, setError] = useState<IpcError | null>(null);
  const [saved, setSaved] = useState(false);
  const valid = name.trim().length > 0 && rules.every((r) => periodParts(r.period) !== null);

  const save = async () => {
    if (!valid) return setError({ code: 'validation' });
    // A name left as shown keeps the stored one, so the default stays translated in every language.
    const storedName = name === presetName(preset.id, presets, t) ? preset.name : name.trim();
    const result = await window.vault['retention.presets.save']({
      ...preset,
      name: storedName,
      rules: [...rules],
    });
    if (!result.ok) return setError(result.error);
    setError(null);
    setSaved(true);
    onSaved(result.value);
  };

  const update = (i: number, rule: Rule | null) => {
    setSaved(false);
    setRules((all) =>
      rule ? all.map((r, j) => (j === i ? rule : r)) : all.filter((_, j) => j !== i),
    );
  };

  return (
    <section className="preset" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{presetName(preset.id, presets, t)}</h3>
      <p className="hint">{t('retention.settings.source', { source: preset.source })}</p>
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
            <col className="col-words" />
            <col className="col-action" />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('retention.settings.category')}</th>
              <th scope="col">{t('retention.settings.trigger')}</th>
              <th scope="col">{t('retention.settings.period')}</th>
              <th scope="col">{t('retention.settings.periodWords')}</th>
              <th scope="col">{t('retention.settings.action')}</th>
              <th scope="col">
                <span className="visually-hidden">
                  {t('retention.settings.removeRule', { n: '' })}
                </span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule, i) => (
              <RuleRow
                key={i}
                rule={rule}
                n={i + 1}
                idPrefix={id}
                onChange={(r) => update(i, r)}
                onRemove={() => update(i, null)}
              />
            ))}
          </tbody>
        </table>
      </div>
      {error && <ErrorMessage error={error} />}
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
            setRules((all) => [
              ...all,
              {
                category: 'sessionNotes',
                trigger: 'programmeEnd',
                period: 'P0D',
                action: 'prompt',
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

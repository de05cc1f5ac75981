// Create or edit a programme: name, funder, country, retention preset, start and end (and status
// when editing). The preset follows the country (DK: Danish job-centre, NO: Norwegian) until the
// consultant picks another.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { presetForCountry } from '@core/retention/policies';
import { defaultProgrammeCountry } from '../i18n/language';
import { currentLanguage } from '../i18n/setup';
import { todayIso } from '../lib/dates';
import { presetName, type Preset } from '../lib/retention-words';
import { ErrorMessage } from './ErrorMessage';

type Programme = ChannelOutput<'programmes.get'>;
type Country = Programme['country'];
type Status = Programme['status'];

type Props = Readonly<{
  programme: Programme | null;
  onSaved: (programme: Programme) => void;
  onCancel?: () => void;
}>;

export function ProgrammeForm({ programme, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(programme?.name ?? '');
  const [funder, setFunder] = useState(programme?.funder ?? '');
  // A new programme starts in the UI language's country (nb: Norway); a stored one keeps its own.
  const initialCountry: Country = programme?.country ?? defaultProgrammeCountry(currentLanguage());
  const [country, setCountry] = useState<Country>(initialCountry);
  const [startsOn, setStartsOn] = useState(programme?.startsOn ?? todayIso());
  const [endsOn, setEndsOn] = useState(programme?.endsOn ?? '');
  const [status, setStatus] = useState<Status>(programme?.status ?? 'active');
  const [presetId, setPresetId] = useState(
    programme?.retentionPresetId ?? presetForCountry(initialCountry),
  );
  // A preset picked by hand (or stored on the programme) stays when the country changes.
  const [presetChosen, setPresetChosen] = useState(Boolean(programme?.retentionPresetId));
  const [presets, setPresets] = useState<readonly Preset[]>([]);

  useEffect(() => {
    void window.vault['retention.presets.list']({}).then((r) => r.ok && setPresets(r.value));
  }, []);

  const changeCountry = (next: Country) => {
    setCountry(next);
    if (!presetChosen) setPresetId(presetForCountry(next));
  };
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);

  const missing = {
    name: !name.trim(),
    funder: !funder.trim(),
    startsOn: !startsOn,
    endsOn: !endsOn,
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.values(missing).some(Boolean) || busy) return;
    setBusy(true);
    const input = {
      name: name.trim(),
      funder: funder.trim(),
      country,
      startsOn,
      endsOn,
      retentionPresetId: presetId,
    };
    const result = programme
      ? await window.vault['programmes.update']({ ...input, id: programme.id, status })
      : await window.vault['programmes.create'](input);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    onSaved(result.value);
  };

  const invalid = (key: keyof typeof missing) => tried && missing[key];
  const requiredHint = (key: keyof typeof missing) =>
    invalid(key) ? (
      <p className="hint hint-error" id={`${id}-${key}-error`}>
        {t('common.required')}
      </p>
    ) : null;
  const described = (key: keyof typeof missing) =>
    invalid(key) ? `${id}-${key}-error` : undefined;

  return (
    <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('programmes.name')}</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={200}
          aria-invalid={invalid('name')}
          aria-describedby={described('name')}
          onChange={(e) => setName(e.target.value)}
        />
        {requiredHint('name')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-funder`}>{t('programmes.funder')}</label>
        <input
          id={`${id}-funder`}
          value={funder}
          maxLength={200}
          aria-invalid={invalid('funder')}
          aria-describedby={described('funder') ?? `${id}-funder-hint`}
          onChange={(e) => setFunder(e.target.value)}
        />
        <p className="hint" id={`${id}-funder-hint`}>
          {t('programmes.funderHint')}
        </p>
        {requiredHint('funder')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-country`}>{t('programmes.country')}</label>
        <select
          id={`${id}-country`}
          value={country}
          onChange={(e) => changeCountry(e.target.value as Country)}
        >
          <option value="DK">{t('programmes.countries.DK')}</option>
          <option value="NO">{t('programmes.countries.NO')}</option>
        </select>
      </div>
      {programme && (
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('programmes.status')}</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(e) => setStatus(e.target.value as Status)}
          >
            {(['active', 'closing', 'closed'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`programmes.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-start`}>{t('programmes.startsOn')}</label>
        <input
          id={`${id}-start`}
          type="date"
          value={startsOn}
          aria-invalid={invalid('startsOn')}
          aria-describedby={described('startsOn')}
          onChange={(e) => setStartsOn(e.target.value)}
        />
        {requiredHint('startsOn')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-end`}>{t('programmes.endsOn')}</label>
        <input
          id={`${id}-end`}
          type="date"
          value={endsOn}
          min={startsOn || undefined}
          aria-invalid={invalid('endsOn')}
          aria-describedby={described('endsOn')}
          onChange={(e) => setEndsOn(e.target.value)}
        />
        {requiredHint('endsOn')}
      </div>
      <div className="field programme-preset-field">
        <label htmlFor={`${id}-preset`}>{t('programmes.retentionPreset')}</label>
        <select
          id={`${id}-preset`}
          value={presetId}
          aria-describedby={`${id}-preset-hint`}
          onChange={(e) => {
            setPresetId(e.target.value);
            setPresetChosen(true);
          }}
        >
          {(presets.some((p) => p.id === presetId)
            ? presets
            : [...presets, { id: presetId, name: presetId, source: '', rules: [] }]
          ).map((p) => (
            <option key={p.id} value={p.id}>
              {presetName(p.id, presets, t)}
            </option>
          ))}
        </select>
        <p className="hint" id={`${id}-preset-hint`}>
          {t('programmes.retentionPresetHint')}
        </p>
      </div>
      {error && <ErrorMessage error={error} />}
      <div className="actions form-wide">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {busy ? t('common.saving') : programme ? t('common.save') : t('programmes.create')}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

// Create or edit a programme: name, funder, country, retention preset, start and end (and status
// when editing). The preset follows the country (DK: Danish job-centre, NO: Norwegian) until the
// consultant picks another.
import { useId, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contract, type ChannelOutput, type IpcError } from '@core/ipc/contract';
import { presetForCountry } from '@core/retention/policies';
import { defaultProgrammeCountry } from '../i18n/language';
import { currentLanguage } from '../i18n/setup';
import { todayIso } from '../lib/dates';
import { contractResolver, fieldErrorKey } from '../lib/form-errors';
import { presetName } from '../lib/retention-words';
import { usePresets } from '../lib/use-presets';
import { useVaultMutation } from '../lib/vault-query';
import { DateInput } from './DateInput';
import { ErrorMessage } from './ErrorMessage';

type Programme = ChannelOutput<'programmes.get'>;
type Country = Programme['country'];

// The update channel's input without its id, which is the create channel's input plus the
// optional status: one schema checks both forms exactly as the vault will.
const schema = contract['programmes.update'].input.omit({ id: true });
type Values = z.input<typeof schema>;
const resolver = contractResolver(schema);

type Props = Readonly<{
  programme: Programme | null;
  onSaved: (programme: Programme) => void;
  onCancel?: () => void;
}>;

export function ProgrammeForm({ programme, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  // A new programme starts in the UI language's country (nb: Norway); a stored one keeps its own.
  const initialCountry: Country = programme?.country ?? defaultProgrammeCountry(currentLanguage());
  const { register, handleSubmit, setValue, control, formState } = useForm<
    Values,
    unknown,
    z.output<typeof schema>
  >({
    resolver,
    defaultValues: {
      name: programme?.name ?? '',
      funder: programme?.funder ?? '',
      country: initialCountry,
      startsOn: programme?.startsOn ?? todayIso(),
      endsOn: programme?.endsOn ?? '',
      retentionPresetId: programme?.retentionPresetId ?? presetForCountry(initialCountry),
      // Only an existing programme has a status to change; programmes.create takes none.
      ...(programme && { status: programme.status }),
    },
  });
  const { errors } = formState;
  const [startsOn, presetId] = useWatch({ control, name: ['startsOn', 'retentionPresetId'] });
  // A preset picked by hand (or stored on the programme) stays when the country changes.
  const [presetChosen, setPresetChosen] = useState(Boolean(programme?.retentionPresetId));
  const presets = usePresets();
  // Saved through the table (stale-after.ts): the list, the caseload and the due banner follow.
  const update = useVaultMutation('programmes.update');
  const create = useVaultMutation('programmes.create');

  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async ({ status, ...input }: z.output<typeof schema>) => {
    if (busy) return;
    setBusy(true);
    const result = programme
      ? await update.mutateAsync({ ...input, id: programme.id, status })
      : await create.mutateAsync(input);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    onSaved(result.value);
  };

  type Checked = 'name' | 'funder' | 'startsOn' | 'endsOn';
  const errorOf = (key: Checked) => fieldErrorKey(errors, key);
  const errorHint = (key: Checked) => {
    const found = errorOf(key);
    return found ? (
      <p className="hint hint-error" id={`${id}-${key}-error`}>
        {t(found)}
      </p>
    ) : null;
  };
  const described = (key: Checked) => (errorOf(key) ? `${id}-${key}-error` : undefined);
  const invalid = (key: Checked) => Boolean(errorOf(key));
  const errorText = (key: Checked) => {
    const found = errorOf(key);
    return found ? t(found) : undefined;
  };
  const current = presetId ?? '';

  return (
    <form className="form-grid" onSubmit={(e) => void handleSubmit(save)(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('programmes.name')}</label>
        <input
          id={`${id}-name`}
          maxLength={200}
          aria-invalid={invalid('name')}
          aria-describedby={described('name')}
          {...register('name')}
        />
        {errorHint('name')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-funder`}>{t('programmes.funder')}</label>
        <input
          id={`${id}-funder`}
          maxLength={200}
          aria-invalid={invalid('funder')}
          aria-describedby={described('funder') ?? `${id}-funder-hint`}
          {...register('funder')}
        />
        <p className="hint" id={`${id}-funder-hint`}>
          {t('programmes.funderHint')}
        </p>
        {errorHint('funder')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-country`}>{t('programmes.country')}</label>
        <select
          id={`${id}-country`}
          {...register('country', {
            onChange: (e: { target: { value: Country } }) => {
              if (!presetChosen) setValue('retentionPresetId', presetForCountry(e.target.value));
            },
          })}
        >
          <option value="DK">{t('programmes.countries.DK')}</option>
          <option value="NO">{t('programmes.countries.NO')}</option>
        </select>
      </div>
      {programme && (
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('programmes.status')}</label>
          <select id={`${id}-status`} {...register('status')}>
            {(['active', 'closing', 'closed'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`programmes.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <Controller
        control={control}
        name="startsOn"
        render={({ field }) => (
          <DateInput
            label={t('programmes.startsOn')}
            value={field.value ?? ''}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errorText('startsOn')}
          />
        )}
      />
      <Controller
        control={control}
        name="endsOn"
        render={({ field }) => (
          <DateInput
            label={t('programmes.endsOn')}
            value={field.value ?? ''}
            onChange={field.onChange}
            onBlur={field.onBlur}
            min={startsOn || undefined}
            error={errorText('endsOn')}
          />
        )}
      />
      <div className="field programme-preset-field">
        <label htmlFor={`${id}-preset`}>{t('programmes.retentionPreset')}</label>
        <select
          id={`${id}-preset`}
          value={current}
          aria-describedby={`${id}-preset-hint`}
          onChange={(e) => {
            setValue('retentionPresetId', e.target.value);
            setPresetChosen(true);
          }}
        >
          {(presets.some((p) => p.id === current)
            ? presets
            : [...presets, { id: current, name: current, source: '', rules: [] }]
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

// Records a test result: provider, test, date, scores written as "name = number" lines, summary;
// or corrects one (`editing`): its day, scores and summary, the provider and test kept as recorded.
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ChannelInput, ChannelOutput, IpcError } from '@core/ipc/contract';
import {
  correctedAssessmentSchema,
  newAssessmentSchema,
  scoresToText,
  type AssessmentValues as Values,
} from '../lib/assessment-form';
import { todayIso } from '../lib/dates';
import { contractResolver, fieldErrorKey } from '../lib/form-errors';
import { DateInput } from './DateInput';
import { ErrorMessage } from './ErrorMessage';
import { UserText } from './UserText';

type Assessment = ChannelOutput<'assessments.add'>;

type Props = Readonly<{
  participantId: number;
  /** The test result to correct; without it a new one is recorded. */
  editing?: Assessment;
  onAdded: (assessment: Assessment) => void;
  onCancel: () => void;
}>;

type Output = ChannelInput<'assessments.add'> | ChannelInput<'assessments.update'>;

export function AssessmentForm({ participantId, editing, onAdded, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { register, handleSubmit, control, formState } = useForm<Values, unknown, Output>({
    resolver: contractResolver<Values, Output>(
      editing ? correctedAssessmentSchema(editing.id) : newAssessmentSchema(participantId),
    ),
    defaultValues: {
      provider: editing?.provider ?? 'MASTER Danmark',
      instrument: editing?.instrument ?? '',
      takenOn: editing?.takenOn ?? todayIso(),
      scores: editing ? scoresToText(editing.scores) : '',
      summary: editing?.summary ?? '',
    },
  });
  const { errors } = formState;
  const [error, setError] = useState<IpcError | null>(null);

  const save = async (input: Output) => {
    const result =
      'id' in input
        ? await window.vault['assessments.update'](input)
        : await window.vault['assessments.add'](input);
    if (!result.ok) return setError(result.error);
    onAdded(result.value);
  };

  type Checked = 'provider' | 'instrument' | 'takenOn';
  const errorOf = (key: Checked) => fieldErrorKey(errors, key);
  const errorProps = (key: Checked) => ({
    'aria-invalid': Boolean(errorOf(key)),
    'aria-describedby': errorOf(key) ? `${id}-${key}-error` : undefined,
  });
  const errorHint = (key: Checked) => {
    const found = errorOf(key);
    return found ? (
      <p className="hint hint-error" id={`${id}-${key}-error`}>
        {t(found)}
      </p>
    ) : null;
  };
  const scoresInvalid = Boolean(fieldErrorKey(errors, 'scores'));

  return (
    <form className="form-grid" onSubmit={(e) => void handleSubmit(save)(e)} noValidate>
      {editing ? (
        <div className="form-wide assessment-fixed">
          <p className="note-meta">
            <UserText text={editing.provider} className="strong" /> ·{' '}
            <UserText text={editing.instrument} />
          </p>
          <p className="hint">{t('assessments.editHint')}</p>
        </div>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-provider`}>{t('assessments.provider')}</label>
            <input
              id={`${id}-provider`}
              list={`${id}-providers`}
              maxLength={200}
              {...errorProps('provider')}
              {...register('provider')}
            />
            <datalist id={`${id}-providers`}>
              <option value="MASTER Danmark" />
              <option value="METIS" />
            </datalist>
            {errorHint('provider')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-instrument`}>{t('assessments.instrument')}</label>
            <input
              id={`${id}-instrument`}
              maxLength={200}
              {...errorProps('instrument')}
              {...register('instrument')}
            />
            {errorHint('instrument')}
          </div>
        </>
      )}
      <Controller
        control={control}
        name="takenOn"
        render={({ field }) => (
          <DateInput
            label={t('assessments.takenOn')}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={errorOf('takenOn') ? t(errorOf('takenOn')!) : undefined}
          />
        )}
      />
      <div className="field form-wide">
        <label htmlFor={`${id}-scores`}>{t('assessments.scores')}</label>
        <textarea
          id={`${id}-scores`}
          className="short"
          rows={4}
          aria-invalid={scoresInvalid}
          aria-describedby={`${id}-scores-hint`}
          {...register('scores')}
        />
        <p className={scoresInvalid ? 'hint hint-error' : 'hint'} id={`${id}-scores-hint`}>
          {scoresInvalid ? t('assessments.scoresInvalid') : t('assessments.scoresHint')}
        </p>
      </div>
      <div className="field form-wide">
        <label htmlFor={`${id}-summary`}>{t('assessments.summary')}</label>
        <textarea
          id={`${id}-summary`}
          className="short"
          rows={3}
          maxLength={20_000}
          {...register('summary')}
        />
      </div>
      {error && <ErrorMessage error={error} />}
      <div className="actions form-wide">
        <button type="submit" className="button button-primary">
          {t('common.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

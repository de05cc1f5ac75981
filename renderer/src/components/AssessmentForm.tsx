// Records a test result: provider, test, date, one row per score (name, value, and its scale's
// lowest and highest), summary; or corrects one (`editing`): its day, scores and summary, the
// provider and test kept as recorded. A test used before offers its score names and scales.
import { useEffect, useId, useRef, useState } from 'react';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ChannelInput, ChannelOutput, IpcError } from '@core/ipc/contract';
import {
  completeScales,
  correctedAssessmentSchema,
  EMPTY_ROW,
  findInstrument,
  newAssessmentSchema,
  rowsFromScales,
  scoresToRows,
  type AssessmentValues as Values,
  type ScoreRow,
} from '../lib/assessment-form';
import { todayIso } from '../lib/dates';
import { useVaultMutation, useVaultQuery } from '../lib/vault-query';
import '../styles/assessments.css';
import { contractResolver, fieldErrorKey, type FormErrorKey } from '../lib/form-errors';
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

const CELLS = ['name', 'value', 'min', 'max'] as const;
type Cell = (typeof CELLS)[number];
const CELL_LABEL = {
  name: 'assessments.scoreName',
  value: 'assessments.scoreValue',
  min: 'assessments.scaleMin',
  max: 'assessments.scaleMax',
} as const;
const MAX_ROWS = 100;
const PROVIDERS = ['MASTER Danmark', 'METIS'];

const untouched = (rows: readonly ScoreRow[]) =>
  rows.every((r) => !r.name.trim() && !r.value.trim() && !r.min.trim() && !r.max.trim());

export function AssessmentForm({ participantId, editing, onAdded, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  // Danish and Norwegian write 7,5; the form reads either.
  const decimalComma = i18n.language !== 'en';
  // The instruments used before (names and scales only); asked again after any result changes.
  const known = useVaultQuery('assessments.instruments', {}).data ?? null;
  const addAssessment = useVaultMutation('assessments.add');
  const updateAssessment = useVaultMutation('assessments.update');
  const { register, handleSubmit, control, formState, getValues, setValue } = useForm<
    Values,
    unknown,
    Output
  >({
    resolver: contractResolver<Values, Output>(
      editing ? correctedAssessmentSchema(editing.id) : newAssessmentSchema(participantId),
    ),
    defaultValues: {
      provider: editing?.provider ?? '',
      instrument: editing?.instrument ?? '',
      takenOn: editing?.takenOn ?? todayIso(),
      scores: editing ? scoresToRows(editing.scores, decimalComma) : [EMPTY_ROW],
      summary: editing?.summary ?? '',
    },
  });
  const rows = useFieldArray({ control, name: 'scores' });
  const { replace } = rows;
  const { errors } = formState;
  const [error, setError] = useState<IpcError | null>(null);
  const [remembered, setRemembered] = useState(false);
  const instrument = useWatch({ control, name: 'instrument' });
  const filledFor = useRef<string | null>(null);
  const missingScale = editing?.scores.some((s) => s.min === null || s.max === null) ?? false;

  // A test typed that was used before: its names and scales fill the rows while none is typed in.
  useEffect(() => {
    if (!known) return;
    const found = findInstrument(known, instrument);
    if (editing) {
      // An older result gets the scales remembered for its test, by score name, once.
      if (filledFor.current !== null || !missingScale || !found) return;
      filledFor.current = found.instrument;
      const completed = completeScales(getValues('scores'), found, decimalComma);
      replace(completed);
      setRemembered(true);
      return;
    }
    if (!found || found.scales.length === 0) return;
    if (filledFor.current === found.instrument) return;
    // Rows the consultant has begun are never overwritten: only untouched rows, or rows filled
    // from another test whose values are still empty, make way for this test's scales.
    const current = getValues('scores');
    const pristine =
      filledFor.current === null ? untouched(current) : current.every((r) => !r.value.trim());
    if (!pristine) return;
    filledFor.current = found.instrument;
    replace(rowsFromScales(found, decimalComma));
    if (!getValues('provider').trim()) setValue('provider', found.provider);
    setRemembered(true);
  }, [known, instrument, editing, missingScale, decimalComma, getValues, setValue, replace]);

  const save = async (input: Output) => {
    const result =
      'id' in input
        ? await updateAssessment.mutateAsync(input)
        : await addAssessment.mutateAsync(input);
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
  const cellError = (index: number, cell: Cell): FormErrorKey | null => {
    const message = errors.scores?.[index]?.[cell]?.message;
    return typeof message === 'string' ? (message as FormErrorKey) : null;
  };
  const providers = [...new Set([...PROVIDERS, ...(known ?? []).map((k) => k.provider)])];

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
              {providers.map((p) => (
                <option key={p} value={p} />
              ))}
            </datalist>
            {errorHint('provider')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-instrument`}>{t('assessments.instrument')}</label>
            <input
              id={`${id}-instrument`}
              list={`${id}-instruments`}
              maxLength={200}
              {...errorProps('instrument')}
              {...register('instrument')}
            />
            <datalist id={`${id}-instruments`}>
              {(known ?? []).map((k) => (
                <option key={k.instrument} value={k.instrument} />
              ))}
            </datalist>
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
      <fieldset className="form-wide fieldset score-rows" aria-describedby={`${id}-scores-hint`}>
        <legend>{t('assessments.scores')}</legend>
        <p className="hint" id={`${id}-scores-hint`}>
          {remembered
            ? t('assessments.scalesRemembered')
            : missingScale
              ? t('assessments.scalesMissing')
              : rows.fields.length === 0
                ? t('assessments.noScores')
                : ''}
        </p>
        {rows.fields.length > 0 && (
          <div className="score-row score-row-head" aria-hidden="true">
            {CELLS.map((cell) => (
              <span key={cell}>{t(CELL_LABEL[cell])}</span>
            ))}
            <span />
          </div>
        )}
        {rows.fields.map((row, index) => {
          const n = index + 1;
          const rowErrors = CELLS.flatMap((cell) => {
            const key = cellError(index, cell);
            return key ? [{ cell, key }] : [];
          });
          return (
            <div
              key={row.id}
              className="score-row"
              role="group"
              aria-label={t('assessments.scoreRow', { n })}
            >
              {CELLS.map((cell) => (
                <span key={cell} className={`score-cell score-cell-${cell}`}>
                  <label className="visually-hidden" htmlFor={`${id}-s${row.id}-${cell}`}>
                    {t(CELL_LABEL[cell])}
                  </label>
                  <input
                    id={`${id}-s${row.id}-${cell}`}
                    inputMode={cell === 'name' ? undefined : 'decimal'}
                    maxLength={cell === 'name' ? 100 : 20}
                    aria-invalid={Boolean(cellError(index, cell))}
                    aria-describedby={
                      cellError(index, cell) ? `${id}-s${row.id}-${cell}-error` : undefined
                    }
                    {...register(`scores.${index}.${cell}`)}
                  />
                </span>
              ))}
              <button
                type="button"
                className="button button-quiet"
                aria-label={t('assessments.removeScoreLabel', { n })}
                onClick={() => rows.remove(index)}
              >
                {t('assessments.removeScore')}
              </button>
              {rowErrors.map(({ cell, key }) => (
                <p
                  key={cell}
                  className="hint hint-error score-row-error"
                  id={`${id}-s${row.id}-${cell}-error`}
                >
                  {t(key)}
                </p>
              ))}
            </div>
          );
        })}
        <button
          type="button"
          className="button button-secondary"
          disabled={rows.fields.length >= MAX_ROWS}
          onClick={() => rows.append(EMPTY_ROW)}
        >
          {t('assessments.addScore')}
        </button>
      </fieldset>
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

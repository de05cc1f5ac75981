// Add a participant and enrol them in one programme: names, a live-checked national ID, a required e-mail.
import { useEffect, useId, useRef, useState } from 'react';
import { Controller, useForm, useWatch, type PathValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ChannelInput, ChannelOutput, IpcError } from '@core/ipc/contract';
import type { IdCountry } from '@core/domain/vocabulary';
import { DateInput } from '../components/DateInput';
import { DuplicateIdMessage } from '../components/DuplicateIdMessage';
import { ErrorMessage } from '../components/ErrorMessage';
import { ParticipantFields } from '../components/ParticipantFields';
import { todayIso } from '../lib/dates';
import { contractResolver, fieldErrorKey } from '../lib/form-errors';
import { knownErrors, knownWarnings } from '../lib/national-id-codes';
import type { Navigate } from '../lib/navigation';
import {
  EMPTY_PARTICIPANT,
  newParticipantSchema,
  type NewParticipantValues,
} from '../lib/participant-form';
import { useFocusOnMount } from '../lib/use-focus-on-mount';
import { useVaultMutation, useVaultQuery } from '../lib/vault-query';

const NO_PROGRAMMES: ChannelOutput<'programmes.list'> = [];

type Props = Readonly<{ programmeId: number | null; navigate: Navigate }>;

const resolver = contractResolver(newParticipantSchema);

export function NewParticipantScreen({ programmeId, navigate }: Props) {
  const { t } = useTranslation();
  const createParticipant = useVaultMutation('participants.create');
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const programmes = useVaultQuery('programmes.list', { status: 'active' }).data ?? NO_PROGRAMMES;
  // The programme (and its country) is chosen once, when the list first answers.
  const chosenFor = useRef<typeof programmes | null>(null);
  const [idBlurred, setIdBlurred] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const { register, handleSubmit, setValue, control, formState } = useForm<
    NewParticipantValues,
    unknown,
    ChannelInput<'participants.create'>
  >({
    resolver,
    defaultValues: { ...EMPTY_PARTICIPANT, programmeId, enrolledOn: todayIso() },
    shouldFocusError: false,
  });
  const { errors, isSubmitted } = formState;
  const [country, nationalId, programme] = useWatch({
    control,
    name: ['country', 'nationalId', 'programmeId'],
  });
  // After a submit attempt, each change is checked again at once (react-hook-form's reValidateMode).
  const set = <K extends 'country' | 'nationalId' | 'programmeId'>(
    key: K,
    value: NewParticipantValues[K],
  ) =>
    setValue(key, value as PathValue<NewParticipantValues, K>, {
      shouldValidate: isSubmitted,
      shouldDirty: true,
    });

  useEffect(() => {
    if (programmes === NO_PROGRAMMES || chosenFor.current !== null) return;
    chosenFor.current = programmes;
    const chosen = programmes.find((p) => p.id === programmeId) ?? programmes[0];
    if (chosen) {
      setValue('programmeId', chosen.id);
      setValue('country', chosen.country);
    }
  }, [programmes, programmeId, setValue]);

  const changeId = (patch: { country?: IdCountry; nationalId?: string }) => {
    if (patch.country !== undefined) set('country', patch.country);
    if (patch.nationalId !== undefined) set('nationalId', patch.nationalId);
    if (error?.code === 'invalidNationalId' || error?.code === 'duplicateNationalId')
      setError(null);
  };

  const save = async (input: ChannelInput<'participants.create'>) => {
    if (busy) return;
    setBusy(true);
    const result = await createParticipant.mutateAsync(input);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    navigate({
      kind: 'participant',
      id: result.value.participant.id,
      warnings: knownWarnings(result.value.warnings),
    });
  };
  // Focus the first field that needs attention, after React marks it invalid.
  const focusFirstInvalid = () =>
    requestAnimationFrame(() =>
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const errorOf = (field: keyof NewParticipantValues) => fieldErrorKey(errors, field);
  const serverIdErrors =
    error?.code === 'invalidNationalId' ? knownErrors(error.details ?? []) : [];

  if (programmes.length === 0 && programme === null) {
    return (
      <section className="card narrow" aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {t('participant.newTitle')}
        </h1>
        <p>{t('participant.needProgramme')}</p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => navigate({ kind: 'programmes', forNewParticipant: true })}
        >
          {t('programmes.new')}
        </button>
      </section>
    );
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="title-row">
        <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {t('participant.newTitle')}
        </h1>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => navigate({ kind: 'caseload' })}
        >
          {t('common.cancel')}
        </button>
      </div>
      <form
        ref={form}
        className="form-grid"
        onSubmit={(e) => void handleSubmit(save, focusFirstInvalid)(e)}
        noValidate
      >
        <ParticipantFields
          register={(field) => register(field)}
          errors={{
            givenName: errorOf('givenName'),
            familyName: errorOf('familyName'),
            email: errorOf('email'),
            phone: errorOf('phone'),
            address: errorOf('address'),
          }}
          country={country}
          nationalId={nationalId}
          onCountry={(next) => changeId({ country: next })}
          onNationalId={(next) => changeId({ nationalId: next })}
          showAllIdErrors={idBlurred || isSubmitted}
          onIdBlur={() => setIdBlurred(true)}
          serverIdErrors={serverIdErrors}
        />
        <div className="field">
          <label htmlFor={`${id}-programme`}>{t('participant.programme')}</label>
          <select
            id={`${id}-programme`}
            value={programme ?? ''}
            aria-invalid={Boolean(errorOf('programmeId'))}
            onChange={(e) => {
              const chosen = programmes.find((p) => p.id === Number(e.target.value));
              set('programmeId', chosen?.id ?? null);
              if (chosen && !nationalId) changeId({ country: chosen.country });
            }}
          >
            {programme === null && <option value="">{t('participant.chooseProgramme')}</option>}
            {programmes.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <Controller
          control={control}
          name="enrolledOn"
          render={({ field }) => (
            <DateInput
              label={t('participant.enrolledOn')}
              value={field.value ?? ''}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={errorOf('enrolledOn') ? t(errorOf('enrolledOn')!) : undefined}
            />
          )}
        />
        {error?.code === 'duplicateNationalId' && country !== 'none' ? (
          <DuplicateIdMessage
            error={error}
            country={country}
            onOpen={(other) => navigate({ kind: 'participant', id: other })}
          />
        ) : (
          error && error.code !== 'invalidNationalId' && <ErrorMessage error={error} />
        )}
        {isSubmitted && Object.keys(errors).length > 0 && (
          <p className="message message-error form-wide" role="alert">
            {t('participant.fixErrors')}
          </p>
        )}
        <div className="actions form-wide">
          <button type="submit" className="button button-primary" aria-disabled={busy}>
            {busy ? t('participant.creating') : t('participant.create')}
          </button>
        </div>
      </form>
    </section>
  );
}

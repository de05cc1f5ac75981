// Add a participant and enrol them in one programme: names, a live-checked national ID, a required e-mail.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { DuplicateIdMessage } from '../components/DuplicateIdMessage';
import { ErrorMessage } from '../components/ErrorMessage';
import { ParticipantFields } from '../components/ParticipantFields';
import { todayIso } from '../lib/dates';
import { knownErrors, knownWarnings } from '../lib/national-id-codes';
import type { Navigate } from '../lib/navigation';
import {
  EMPTY_PARTICIPANT,
  participantDetails,
  participantProblems,
  type ParticipantValues,
} from '../lib/participant-form';
import { useFocusOnMount } from '../lib/use-focus-on-mount';

type Props = Readonly<{ programmeId: number | null; navigate: Navigate }>;

export function NewParticipantScreen({ programmeId, navigate }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [programmes, setProgrammes] = useState<ChannelOutput<'programmes.list'>>([]);
  const [programme, setProgramme] = useState<number | null>(programmeId);
  const [values, setValues] = useState<ParticipantValues>(EMPTY_PARTICIPANT);
  const [idBlurred, setIdBlurred] = useState(false);
  const [enrolledOn, setEnrolledOn] = useState(todayIso());
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    void window.vault['programmes.list']({ status: 'active' }).then((r) => {
      if (!r.ok) return;
      setProgrammes(r.value);
      const chosen = r.value.find((p) => p.id === programmeId) ?? r.value[0];
      if (chosen) {
        setProgramme(chosen.id);
        setValues((v) => ({ ...v, country: chosen.country }));
      }
    });
  }, [programmeId]);

  const personProblems = participantProblems(values, true);
  const problems = {
    ...personProblems,
    programme: programme === null,
    enrolledOn: !enrolledOn,
  };
  const change = (patch: Partial<ParticipantValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    if (
      (patch.nationalId !== undefined || patch.country !== undefined) &&
      (error?.code === 'invalidNationalId' || error?.code === 'duplicateNationalId')
    )
      setError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setIdBlurred(true);
    if (busy || programme === null) return;
    if (Object.values(problems).some(Boolean)) {
      // Focus the first field that needs attention, after React marks it invalid.
      requestAnimationFrame(() =>
        form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setBusy(true);
    const result = await window.vault['participants.create']({
      ...participantDetails(values),
      programmeId: programme,
      enrolledOn,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    navigate({
      kind: 'participant',
      id: result.value.participant.id,
      warnings: knownWarnings(result.value.warnings),
    });
  };

  const invalid = (key: keyof typeof problems) => tried && problems[key];
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
      <form ref={form} className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <ParticipantFields
          values={values}
          onChange={change}
          problems={personProblems}
          tried={tried}
          idBlurred={idBlurred}
          onIdBlur={() => setIdBlurred(true)}
          serverIdErrors={serverIdErrors}
        />
        <div className="field">
          <label htmlFor={`${id}-programme`}>{t('participant.programme')}</label>
          <select
            id={`${id}-programme`}
            value={programme ?? ''}
            aria-invalid={invalid('programme')}
            onChange={(e) => {
              const chosen = programmes.find((p) => p.id === Number(e.target.value));
              setProgramme(chosen?.id ?? null);
              if (chosen && !values.nationalId) change({ country: chosen.country });
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
        <div className="field">
          <label htmlFor={`${id}-enrolled`}>{t('participant.enrolledOn')}</label>
          <input
            id={`${id}-enrolled`}
            type="date"
            value={enrolledOn}
            aria-invalid={invalid('enrolledOn')}
            onChange={(e) => setEnrolledOn(e.target.value)}
          />
        </div>
        {error?.code === 'duplicateNationalId' && values.country !== 'none' ? (
          <DuplicateIdMessage
            error={error}
            country={values.country}
            onOpen={(other) => navigate({ kind: 'participant', id: other })}
          />
        ) : (
          error && error.code !== 'invalidNationalId' && <ErrorMessage error={error} />
        )}
        {tried && Object.values(problems).some(Boolean) && (
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

// The participant's enrolments: each with its dates and status, End for an active one (after a
// confirmation), and a small form to enrol in another active programme, folded behind a button so
// the note editor below stays in view on a 1366×768 laptop (issue 13, layout).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { currentLanguage } from '../i18n/setup';
import { formatDay, todayIso } from '../lib/dates';
import { useReadOnly } from '../lib/read-only';
import { useVaultMutation, useVaultQuery } from '../lib/vault-query';
import { EndEnrolmentDialog, type EndChoice } from './EndEnrolmentDialog';
import { ErrorMessage } from './ErrorMessage';
import { UserText } from './UserText';
import { DateInput } from './DateInput';

type Enrolment = ChannelOutput<'enrolments.list'>[number];

type Props = Readonly<{
  participantId: number;
  enrolments: readonly Enrolment[];
}>;

const NO_PROGRAMMES: ChannelOutput<'programmes.list'> = [];

export function EnrolmentsPanel({ participantId, enrolments }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const { readOnly, because } = useReadOnly();
  const programmes = useVaultQuery('programmes.list', { status: 'active' }).data ?? NO_PROGRAMMES;
  // Enrolments, the note editor's programmes, caseload and due banner follow (stale-after.ts).
  const create = useVaultMutation('enrolments.create');
  const finish = useVaultMutation('enrolments.end');
  const [programmeId, setProgrammeId] = useState<number | null>(null);
  const [enrolledOn, setEnrolledOn] = useState(todayIso());
  const [ending, setEnding] = useState<Enrolment | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [enrolling, setEnrolling] = useState(false);

  // Only programmes the person is not active in; ended ones may be re-joined.
  const activeIn = new Set(
    enrolments.filter((e) => e.status === 'active').map((e) => e.programmeId),
  );
  const open = programmes.filter((p) => !activeIn.has(p.id));
  const chosen = open.find((p) => p.id === programmeId) ?? open[0] ?? null;

  const enrol = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen || !enrolledOn) return;
    setError(null);
    const result = await create.mutateAsync({
      participantId,
      programmeId: chosen.id,
      enrolledOn,
    });
    if (!result.ok) return setError(result.error);
    setDone(t('participant.enrolled', { programme: result.value.programmeName }));
    setProgrammeId(null);
    setEnrolling(false);
  };

  const end = async (enrolment: Enrolment, choice: EndChoice) => {
    setEnding(null);
    setError(null);
    const result = await finish.mutateAsync({
      participantId,
      programmeId: enrolment.programmeId,
      ...choice,
    });
    if (!result.ok) return setError(result.error);
    setDone(null);
  };

  return (
    <div className="enrolments">
      <h2 id={`${id}-title`}>{t('participant.enrolments')}</h2>
      <ul className="plain-list" aria-labelledby={`${id}-title`}>
        {enrolments.map((e) => (
          <li key={e.id} className="enrolment-item">
            <UserText text={e.programmeName} className="strong" />{' '}
            <span className="badge">{t(`caseload.statuses.${e.status}`)}</span>{' '}
            <span className="muted">
              {e.endedOn
                ? t('participant.enrolmentEnded', {
                    start: formatDay(e.enrolledOn, language),
                    end: formatDay(e.endedOn, language),
                  })
                : t('participant.enrolmentLine', { date: formatDay(e.enrolledOn, language) })}
            </span>
            {e.endReason && (
              <span className="muted">
                {t('participant.endReasonShown')}{' '}
                {e.endReasonText ? (
                  <UserText text={e.endReasonText} />
                ) : (
                  t(`participant.endReasons.${e.endReason}`)
                )}
              </span>
            )}
            {e.status === 'active' && (
              <button
                type="button"
                className="button button-quiet"
                disabled={readOnly}
                aria-describedby={because}
                aria-label={t('participant.endEnrolmentIn', { programme: e.programmeName })}
                onClick={() => setEnding(e)}
              >
                {t('participant.endEnrolment')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {error && <ErrorMessage error={error} />}
      {done && (
        <p className="hint hint-ok" role="status">
          {done}
        </p>
      )}
      {open.length === 0 ? (
        <p className="hint">{t('participant.noOtherProgrammes')}</p>
      ) : (
        <button
          type="button"
          id={`${id}-enrol`}
          className="button button-quiet enrolment-toggle"
          aria-expanded={enrolling}
          aria-controls={`${id}-enrol-form`}
          disabled={readOnly}
          aria-describedby={because}
          onClick={() => {
            setDone(null);
            setEnrolling(!enrolling);
          }}
        >
          {t('participant.enrolIn')}
        </button>
      )}
      {open.length > 0 && enrolling && (
        <form
          id={`${id}-enrol-form`}
          className="enrolment-actions"
          aria-labelledby={`${id}-enrol`}
          onSubmit={(e) => void enrol(e)}
        >
          <div className="field">
            <label htmlFor={`${id}-programme`}>{t('participant.programme')}</label>
            <select
              id={`${id}-programme`}
              value={chosen?.id ?? ''}
              disabled={readOnly}
              onChange={(e) => setProgrammeId(Number(e.target.value))}
            >
              {open.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <DateInput
            label={t('participant.enrolledOn')}
            value={enrolledOn}
            disabled={readOnly}
            required
            onChange={setEnrolledOn}
          />
          <div className="field">
            <button
              type="submit"
              className="button button-secondary"
              disabled={readOnly}
              aria-describedby={because}
            >
              {t('participant.enrol')}
            </button>
          </div>
        </form>
      )}
      {ending && (
        <EndEnrolmentDialog
          enrolment={ending}
          onConfirm={(choice) => void end(ending, choice)}
          onCancel={() => setEnding(null)}
        />
      )}
    </div>
  );
}

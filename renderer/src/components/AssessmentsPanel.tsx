// The participant's test results, each with its score profile, a form to record a new one, and
// for each a correction in place and a delete after a confirmation.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { currentLanguage } from '../i18n/setup';
import { formatDay } from '../lib/dates';
import { useReadOnly } from '../lib/read-only';
import { useVaultMutation, useVaultQuery } from '../lib/vault-query';
import { AssessmentForm } from './AssessmentForm';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorMessage } from './ErrorMessage';
import { LongText } from './LongText';
import { ScoreChart } from './ScoreChart';
import { UserText } from './UserText';

type Props = Readonly<{ participantId: number }>;
type Assessment = ChannelOutput<'assessments.list'>[number];

export function AssessmentsPanel({ participantId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const { readOnly, because } = useReadOnly();
  // Fetched again after a result is added, corrected or deleted (stale-after.ts).
  const items = useVaultQuery('assessments.list', { participantId }).data ?? null;
  const deleteAssessment = useVaultMutation('assessments.delete');
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<Assessment | null>(null);
  const [done, setDone] = useState<'saved' | 'deleted' | null>(null);
  const [error, setError] = useState<IpcError | null>(null);

  const remove = async (assessment: Assessment) => {
    setDeleting(null);
    setError(null);
    setDone(null);
    const result = await deleteAssessment.mutateAsync({ id: assessment.id });
    if (!result.ok) return setError(result.error);
    setDone('deleted');
  };

  /** Names the result for a screen reader: the test and its day. */
  const label = (a: Assessment) => ({
    instrument: a.instrument,
    date: formatDay(a.takenOn, language),
  });

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="title-row">
        <h2 id={`${id}-title`}>{t('assessments.title')}</h2>
        {!adding && (
          <button
            type="button"
            className="button button-secondary"
            disabled={readOnly}
            aria-describedby={because}
            onClick={() => setAdding(true)}
          >
            {t('assessments.add')}
          </button>
        )}
      </div>
      {adding && (
        <AssessmentForm
          participantId={participantId}
          onCancel={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            setDone(null);
          }}
        />
      )}
      {error && <ErrorMessage error={error} />}
      <p className="hint hint-ok status-line" role="status">
        {done ? t(`assessments.${done}`) : ''}
      </p>
      {items && items.length === 0 && !adding && <p className="empty">{t('assessments.empty')}</p>}
      {items && items.length > 0 && (
        <ul className="plain-list assessments">
          {items.map((a) => (
            <li key={a.id} className="assessment">
              {editingId === a.id ? (
                <>
                  <h3>{t('assessments.editTitle')}</h3>
                  <AssessmentForm
                    participantId={participantId}
                    editing={a}
                    onCancel={() => setEditingId(null)}
                    onAdded={() => {
                      setEditingId(null);
                      setDone('saved');
                    }}
                  />
                </>
              ) : (
                <>
                  <div className="title-row assessment-head">
                    <p className="note-meta">
                      <UserText text={a.provider} className="strong" /> ·{' '}
                      <UserText text={a.instrument} /> · {formatDay(a.takenOn, language)}
                    </p>
                    <span className="assessment-actions">
                      <button
                        type="button"
                        className="button button-quiet"
                        disabled={readOnly}
                        aria-describedby={because}
                        aria-label={t('assessments.editLabel', label(a))}
                        onClick={() => {
                          setDone(null);
                          setEditingId(a.id);
                        }}
                      >
                        {t('assessments.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button-quiet"
                        disabled={readOnly}
                        aria-describedby={because}
                        aria-label={t('assessments.deleteLabel', label(a))}
                        onClick={() => setDeleting(a)}
                      >
                        {t('common.delete')}
                      </button>
                    </span>
                  </div>
                  <ScoreChart scores={a.scores} instrument={a.instrument} />
                  {a.summary && <LongText text={a.summary} />}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('assessments.deleteTitle')}
          confirmLabel={t('common.delete')}
          onConfirm={() => void remove(deleting)}
          onCancel={() => setDeleting(null)}
        >
          <p>
            <UserText text={deleting.provider} className="strong" /> ·{' '}
            <UserText text={deleting.instrument} /> · {formatDay(deleting.takenOn, language)}
          </p>
          <p>{t('assessments.deleteBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

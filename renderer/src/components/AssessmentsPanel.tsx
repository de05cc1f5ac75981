// The participant's test results, each with its score profile, and a form to record a new one.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../main/ipc/contract';
import { currentLanguage } from '../i18n/setup';
import { formatDay } from '../lib/dates';
import { useReadOnly } from '../lib/read-only';
import { AssessmentForm } from './AssessmentForm';
import { LongText } from './LongText';
import { ScoreChart } from './ScoreChart';
import { UserText } from './UserText';

type Props = Readonly<{ participantId: number }>;

export function AssessmentsPanel({ participantId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const { readOnly, because } = useReadOnly();
  const [items, setItems] = useState<ChannelOutput<'assessments.list'> | null>(null);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    void window.vault['assessments.list']({ participantId }).then((r) => r.ok && setItems(r.value));
  }, [participantId]);

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
          onAdded={(a) => {
            setAdding(false);
            setItems((old) => [a, ...(old ?? [])]);
          }}
        />
      )}
      {items && items.length === 0 && !adding && <p className="empty">{t('assessments.empty')}</p>}
      {items && items.length > 0 && (
        <ul className="plain-list assessments">
          {items.map((a) => (
            <li key={a.id} className="assessment">
              <p className="note-meta">
                <UserText text={a.provider} className="strong" /> · <UserText text={a.instrument} />{' '}
                · {formatDay(a.takenOn, language)}
              </p>
              <ScoreChart scores={a.scores} instrument={a.instrument} />
              {a.summary && <LongText text={a.summary} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// The banner of a participant whose processing is restricted (art. 18): since when, by whom, why,
// under which request, what it means (the sentence every disabled control points to), and lifting it.
import { consultantShown } from '../../lib/consultant-name';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '@core/ipc/contract';
import { currentLanguage } from '../../i18n/setup';
import { formatInstant } from '../../lib/dates';
import { UserText } from '../UserText';
import { RestrictionForm } from './RestrictionForm';

type Restriction = NonNullable<ChannelOutput<'participants.get'>['restriction']>;

type Props = Readonly<{
  participantId: number;
  restriction: Restriction;
  /** The id the page's read-only controls are described by. */
  explanationId: string;
  onLifted: () => void;
}>;

export function RestrictionBanner({ participantId, restriction, explanationId, onLifted }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = currentLanguage();
  const [lifting, setLifting] = useState(false);
  return (
    <section
      className="message message-warning restriction-banner"
      aria-labelledby={`${id}-title`}
      data-testid="restriction-banner"
    >
      <h2 id={`${id}-title`}>{t('rights.restriction.title')}</h2>
      <p>
        {t('rights.restriction.since', {
          date: formatInstant(restriction.since, language),
          who: consultantShown(restriction.by, t('common.unnamedConsultant')),
        })}{' '}
        {restriction.requestId !== null &&
          t('rights.restriction.request', { id: restriction.requestId })}
      </p>
      <p>
        <span className="strong">{t('rights.restriction.reason')}</span>{' '}
        <UserText text={restriction.reason} />
      </p>
      <p id={explanationId}>{t('rights.restriction.meaning')}</p>
      {lifting ? (
        <RestrictionForm
          participantId={participantId}
          action="lift"
          onCancel={() => setLifting(false)}
          onDone={() => {
            setLifting(false);
            onLifted();
          }}
        />
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setLifting(true)}
          >
            {t('rights.restriction.lift')}
          </button>
        </div>
      )}
    </section>
  );
}

// The participant's profile: name, masked national ID, contact details, last contact, enrolments.
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../main/ipc/contract';
import { currentLanguage } from '../i18n/setup';
import { formatDay, formatInstant } from '../lib/dates';
import { NationalIdReveal } from './NationalIdReveal';
import { UserText } from './UserText';

type Props = Readonly<{
  participant: ChannelOutput<'participants.get'>;
  enrolments: ChannelOutput<'enrolments.list'>;
}>;

export function ParticipantProfile({ participant: p, enrolments }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <div className="profile">
      <dl className="facts">
        <dt>{t('participant.nationalId')}</dt>
        <dd>
          {p.nationalIdMasked ? (
            <NationalIdReveal
              participantId={p.id}
              masked={p.nationalIdMasked}
              kind={p.nationalIdKind}
            />
          ) : (
            t('participant.noId')
          )}
        </dd>
        <dt>{t('participant.email')}</dt>
        <dd>
          <UserText text={p.email} />
        </dd>
        {p.phone && (
          <>
            <dt>{t('participant.phone')}</dt>
            <dd>
              <UserText text={p.phone} />
            </dd>
          </>
        )}
        {p.address && (
          <>
            <dt>{t('participant.address')}</dt>
            <dd className="pre">
              <UserText text={p.address} />
            </dd>
          </>
        )}
        <dt>{t('participant.lastContact')}</dt>
        <dd>{p.lastContactAt ? formatInstant(p.lastContactAt, language) : t('common.never')}</dd>
      </dl>
      <h2>{t('participant.enrolments')}</h2>
      <ul className="plain-list">
        {enrolments.map((e) => (
          <li key={e.id}>
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
          </li>
        ))}
      </ul>
    </div>
  );
}

// The participant's profile: masked national ID, contact details, last contact.
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '@core/ipc/contract';
import { currentLanguage } from '../i18n/setup';
import { formatInstant } from '../lib/dates';
import { NationalIdReveal } from './NationalIdReveal';
import { UserText } from './UserText';

type Props = Readonly<{ participant: ChannelOutput<'participants.get'> }>;

export function ParticipantProfile({ participant: p }: Props) {
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
    </div>
  );
}

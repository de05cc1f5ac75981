// "Deleted — finishing pending": what did not finish after a close-out or erasure, and what to do.
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '@core/ipc/contract';

export type Finishing = ChannelOutput<'retention.closeOut'>['finishing'];

export function FinishingNotice({ finishing }: Readonly<{ finishing: Finishing }>) {
  const { t } = useTranslation();
  if (finishing === 'done') return null;
  return (
    <div className="message message-warning" role="alert" data-finishing={finishing.pending}>
      <p className="strong">{t('retention.finishing.title')}</p>
      <p>{t('retention.finishing.intro')}</p>
      <p>{t(`retention.finishing.reasons.${finishing.pending}`)}</p>
      {finishing.vaultLocked && <p>{t('retention.finishing.locked')}</p>}
    </div>
  );
}

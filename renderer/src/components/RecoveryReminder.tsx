// The gentle 90-day reminder to test the recovery passphrase: no names, no data, dismissible.
import { useTranslation } from 'react-i18next';

type Props = Readonly<{ onTest: () => void; onLater: () => void }>;

export function RecoveryReminder({ onTest, onLater }: Props) {
  const { t } = useTranslation();
  return (
    <section
      className="message message-info recovery-reminder"
      aria-label={t('continuity.reminder.label')}
      data-testid="recovery-reminder"
    >
      <p>{t('continuity.reminder.text')}</p>
      <button type="button" className="button button-secondary" onClick={onTest}>
        {t('continuity.reminder.test')}
      </button>
      <button type="button" className="button button-quiet" onClick={onLater}>
        {t('continuity.reminder.later')}
      </button>
    </section>
  );
}

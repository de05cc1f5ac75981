// After an unlock that repaired the recovery copy of the key from the copy pinned inside the
// vault: a calm, dismissible notice (no names, no data) with a way to test the passphrase.
import { useTranslation } from 'react-i18next';

type Props = Readonly<{ onTest: () => void; onDismiss: () => void }>;

export function RecoveryRepairedNotice({ onTest, onDismiss }: Props) {
  const { t } = useTranslation();
  return (
    <section
      className="message message-info recovery-reminder"
      aria-label={t('continuity.recoveryCopy.repairedLabel')}
      data-testid="recovery-repaired"
    >
      <p role="status">{t('continuity.recoveryCopy.repaired')}</p>
      <button type="button" className="button button-secondary" onClick={onTest}>
        {t('continuity.recoveryCopy.test')}
      </button>
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        {t('notices.dismiss')}
      </button>
    </section>
  );
}

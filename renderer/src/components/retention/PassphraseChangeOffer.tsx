// Right after a shredding: older copies beyond the app's reach still open with the current recovery
// passphrase, so offer the way to the form that changes it.
import { useTranslation } from 'react-i18next';
import type { Navigate } from '../../lib/navigation';

export function PassphraseChangeOffer({ navigate }: Readonly<{ navigate: Navigate }>) {
  const { t } = useTranslation();
  return (
    <div className="message message-info passphrase-offer" data-testid="passphrase-offer">
      <p>{t('retention.passphraseOffer.text')}</p>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => navigate({ kind: 'settings', focus: 'passphraseChange' })}
      >
        {t('retention.passphraseOffer.change')}
      </button>
    </div>
  );
}

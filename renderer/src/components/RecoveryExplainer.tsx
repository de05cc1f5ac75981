// Plain words on what the recovery passphrase is for, shown beside the form that sets it.
import { useTranslation } from 'react-i18next';

export function RecoveryExplainer() {
  const { t } = useTranslation();
  return (
    <aside className="card explainer" aria-labelledby="recovery-explainer-title">
      <h2 id="recovery-explainer-title">{t('create.explainTitle')}</h2>
      <ul>
        <li>{t('create.explainKeychain')}</li>
        <li>{t('create.explainNewLaptop')}</li>
        <li className="emphasis">{t('create.explainNoRecovery')}</li>
      </ul>
    </aside>
  );
}

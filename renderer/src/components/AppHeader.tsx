// The bar on every screen: name, language and theme choices, and Lock while the vault is open.
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher';
import { LockIcon } from './LockIcon';
import { ThemeSwitcher } from './ThemeSwitcher';

type Props = Readonly<{ onLock: (() => Promise<void>) | null }>;

export function AppHeader({ onLock }: Props) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="brand">
        <LockIcon />
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <div className="header-tools">
        <LanguageSwitcher />
        <ThemeSwitcher />
        {onLock && (
          <button type="button" className="button button-secondary" onClick={() => void onLock()}>
            <LockIcon />
            {t('header.lock')}
          </button>
        )}
      </div>
    </header>
  );
}

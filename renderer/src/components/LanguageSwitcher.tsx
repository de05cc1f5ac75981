// Language choice on every screen; each language is named in itself so anyone can find their own.
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n/language';
import { chooseLanguage, currentLanguage } from '../i18n/setup';

const NAMES: Readonly<Record<Language, string>> = {
  da: 'Dansk',
  nb: 'Norsk (bokmål)',
  en: 'English',
};

export function LanguageSwitcher() {
  const { t } = useTranslation();
  return (
    <label className="tool">
      <span className="tool-label">{t('header.language')}</span>
      <select
        value={currentLanguage()}
        onChange={(event) => void chooseLanguage(event.target.value)}
        data-testid="language"
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}

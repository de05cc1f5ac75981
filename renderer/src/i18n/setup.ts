// Starts i18next with the three UI languages, keeps <html lang> in step, and remembers the choice.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readStoredLanguage, storeLanguage } from '../lib/preferences';
import { da } from './da';
import { en } from './en';
import { FALLBACK_LANGUAGE, isLanguage, pickLanguage, type Language } from './language';
import { nb } from './nb';

export function systemLanguageTags(): readonly string[] {
  return navigator.languages?.length
    ? [navigator.language, ...navigator.languages]
    : [navigator.language];
}

export async function setupI18n(): Promise<void> {
  const lng = pickLanguage(readStoredLanguage(), systemLanguageTags());
  i18next.on('languageChanged', (code) => {
    document.documentElement.lang = code;
  });
  await i18next.use(initReactI18next).init({
    resources: { da: { translation: da }, nb: { translation: nb }, en: { translation: en } },
    lng,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: ['da', 'nb', 'en'],
    // React escapes text itself; i18next escaping on top would show &amp; to the user.
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = lng;
}

/** Switches the UI language and stores only the code. */
export async function chooseLanguage(code: string): Promise<void> {
  if (!isLanguage(code)) return;
  storeLanguage(code);
  await i18next.changeLanguage(code);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : FALLBACK_LANGUAGE;
}

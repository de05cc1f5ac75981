// Which UI language to use: the stored choice if valid, else the system's, else Danish.
export const LANGUAGES = ['da', 'nb', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const FALLBACK_LANGUAGE: Language = 'da';

/** Maps a BCP 47 tag to a supported language; all Norwegian variants read bokmål. */
export function languageFromTag(tag: string): Language | null {
  const lower = tag.trim().toLowerCase();
  if (/^da(-|$)/.test(lower)) return 'da';
  if (/^(nb|no|nn)(-|$)/.test(lower)) return 'nb';
  if (/^en(-|$)/.test(lower)) return 'en';
  return null;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function pickLanguage(stored: string | null, systemTags: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of systemTags) {
    const language = languageFromTag(tag);
    if (language) return language;
  }
  return FALLBACK_LANGUAGE;
}

/** The locale for dates and numbers: the system's own tag when it is the same language. */
export function localeFor(language: Language, systemTags: readonly string[]): string {
  const own = systemTags.find((tag) => languageFromTag(tag) === language);
  if (own) return own;
  return { da: 'da-DK', nb: 'nb-NO', en: 'en-GB' }[language];
}

/** The country a new programme starts with: Norway in Norwegian, Denmark in Danish and English. */
export function defaultProgrammeCountry(language: Language): 'DK' | 'NO' {
  return language === 'nb' ? 'NO' : 'DK';
}

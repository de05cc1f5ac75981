// Device preferences kept in localStorage: only a language code and a theme name, never anything personal.
const LANGUAGE_KEY = 'fortrolig.language';
const THEME_KEY = 'fortrolig.theme';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export function readStoredLanguage(): string | null {
  return read(LANGUAGE_KEY);
}

export function storeLanguage(code: string): void {
  write(LANGUAGE_KEY, code);
}

export function readStoredTheme(): Theme {
  const value = read(THEME_KEY);
  return (THEMES as readonly (string | null)[]).includes(value) ? (value as Theme) : 'system';
}

export function storeTheme(theme: Theme): void {
  write(THEME_KEY, theme);
}

/** 'system' removes the attribute so the CSS follows prefers-color-scheme. */
export function applyTheme(theme: Theme): void {
  if (theme === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', theme);
}

// Storage can be disabled by policy; a preference that cannot be kept is simply not kept.
function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // see read()
  }
}

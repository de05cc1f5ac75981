// Light, dark, or follow the system; stored on this device only.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THEMES, applyTheme, readStoredTheme, storeTheme, type Theme } from '../lib/preferences';

export function ThemeSwitcher() {
  const { t } = useTranslation();
  const [theme, setTheme] = useState<Theme>(readStoredTheme);
  const choose = (value: string) => {
    const next = THEMES.find((name) => name === value) ?? 'system';
    setTheme(next);
    storeTheme(next);
    applyTheme(next);
  };
  return (
    <label className="tool">
      <span className="tool-label">{t('header.theme')}</span>
      <select value={theme} onChange={(event) => choose(event.target.value)}>
        {THEMES.map((name) => (
          <option key={name} value={name}>
            {t(`header.themes.${name}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

// Renderer entry: applies the stored theme, starts i18n, then mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { setupI18n } from './i18n/setup';
import { applyTheme, readStoredTheme } from './lib/preferences';

applyTheme(readStoredTheme());

void setupI18n().then(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('missing #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

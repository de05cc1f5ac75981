// Renderer entry: applies the stored theme, starts i18n, then mounts the app with its one cache of vault answers.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { setupI18n } from './i18n/setup';
import { applyTheme, readStoredTheme } from './lib/preferences';
import { vaultQueryClient } from './lib/query-client';

applyTheme(readStoredTheme());

void setupI18n().then(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('missing #root');
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={vaultQueryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
});

// The window's one cache of vault answers (TanStack Query), and how it is emptied when the vault
// locks or changes: nothing read from a locked vault stays in memory.
import { QueryClient } from '@tanstack/react-query';

/**
 * A cache tuned for a local IPC, not a network: an error is an answer (a locked vault, a
 * validation code), so nothing is retried; the vault is never "offline" (networkMode 'always':
 * TanStack's default would pause every query on a laptop without a network); a window regaining
 * focus or a network coming back changes nothing in the vault, so neither refetches. An answer
 * is stale at once (a screen mounting asks again, as before) and dropped as soon as no screen
 * shows it (gcTime 0): a screen left behind takes its data with it, like its React state did.
 */
export function createVaultQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: false,
        networkMode: 'always',
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        staleTime: 0,
        gcTime: 0,
      },
      // A finished call's answer is not kept once its form is gone.
      mutations: { retry: false, networkMode: 'always', gcTime: 0 },
    },
  });
}

/** The app's client, provided in main.tsx. */
export const vaultQueryClient = createVaultQueryClient();

/**
 * Empties the cache: every answer and every pending fetch's result. Called when the vault locks
 * (by the consultant or the host), and before another vault (created, restored) is shown.
 */
export function forgetVaultAnswers(client: QueryClient = vaultQueryClient): void {
  void client.cancelQueries();
  client.clear();
}

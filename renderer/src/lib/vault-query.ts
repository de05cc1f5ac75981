// Typed hooks over window.vault on TanStack Query: a cached read per [channel, input], and calls
// whose success marks stale what stale-after.ts says they change. An answer with ok:false
// reaches the screen as its IpcError, to be shown by ErrorMessage as before.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
  type UseMutationResult,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput, IpcError, IpcResult } from '@core/ipc/contract';
import { staleAfter, type CachedRead, type Call } from './stale-after';

/** A read answered ok:false (or a bridge that did not answer): carries the code to translate. */
export class VaultCallError extends Error {
  readonly ipc: IpcError;
  constructor(ipc: IpcError) {
    super(ipc.code);
    this.name = 'VaultCallError';
    this.ipc = ipc;
  }
}

/** The code to show for a failed read: the vault's own, or 'internal' for anything else. */
export function ipcErrorOf(error: Error | null): IpcError | null {
  if (error === null) return null;
  return error instanceof VaultCallError ? error.ipc : { code: 'internal' };
}

/** The cache key of a read: the channel, then its input exactly as given. */
export type VaultQueryKey<C extends CachedRead> = readonly [C, ChannelInput<C>];

/** The key `useVaultQuery(channel, input)` caches under. */
export function vaultQueryKey<C extends CachedRead>(
  channel: C,
  input: ChannelInput<C>,
): VaultQueryKey<C> {
  return [channel, input];
}

/** Asks the vault once; ok:false and a rejected call both throw VaultCallError. */
export async function askVault<C extends CachedRead>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const call = window.vault[channel] as (
    i: ChannelInput<C>,
  ) => Promise<IpcResult<ChannelOutput<C>>>;
  let result: IpcResult<ChannelOutput<C>>;
  try {
    result = await call(input);
  } catch {
    // The host went away mid-call: no code came back, so the screen says so generically.
    throw new VaultCallError({ code: 'internal' });
  }
  if (!result.ok) throw new VaultCallError(result.error);
  return result.value;
}

export type VaultQueryOptions<C extends CachedRead, T> = Omit<
  UseQueryOptions<ChannelOutput<C>, VaultCallError, T, VaultQueryKey<C>>,
  'queryKey' | 'queryFn'
>;

/**
 * A cached read of `channel` with `input`: fetched when a screen shows it, fetched again when a
 * call marks it stale (stale-after.ts) while shown. `error.ipc` is the vault's error code.
 */
export function useVaultQuery<C extends CachedRead, T = ChannelOutput<C>>(
  channel: C,
  input: ChannelInput<C>,
  options?: VaultQueryOptions<C, T>,
): UseQueryResult<T, VaultCallError> {
  return useQuery({
    queryKey: vaultQueryKey(channel, input),
    queryFn: () => askVault(channel, input),
    ...options,
  });
}

/** Marks stale what a successful `channel` changed (stale-after.ts); shown answers refetch. */
export async function markStaleAfter(client: QueryClient, channel: Call): Promise<void> {
  const stale = staleAfter(channel);
  if (stale === 'everything') {
    // What is gone must not stay in memory: unseen answers are dropped, seen ones asked again.
    client.removeQueries({ type: 'inactive' });
    await client.invalidateQueries();
    return;
  }
  await Promise.all(stale.map((read) => client.invalidateQueries({ queryKey: [read] })));
}

/**
 * Calls `channel` once, outside React's render (autosave, a lock, a file picker), and on success
 * marks stale what it changed (unless `markStale` is false: see useStaleLater). Resolves to the
 * vault's result envelope; never rejects for ok:false.
 */
export async function callVault<C extends Call>(
  client: QueryClient,
  channel: C,
  input: ChannelInput<C>,
  markStale = true,
): Promise<IpcResult<ChannelOutput<C>>> {
  const call = window.vault[channel] as (
    i: ChannelInput<C>,
  ) => Promise<IpcResult<ChannelOutput<C>>>;
  const result = await call(input);
  // Marking stale only starts the refetches: the caller's next step need not wait for them.
  if (result.ok && markStale) void markStaleAfter(client, channel);
  return result;
}

/**
 * A write as a TanStack mutation: `mutateAsync(input)` resolves to the vault's result envelope
 * (ok:false is an answer to show, not an exception), and success marks stale what the channel
 * changes (stale-after.ts), so every screen showing it fetches again.
 */
export function useVaultMutation<C extends Call>(
  channel: C,
  { staleLater = false }: Readonly<{ staleLater?: boolean }> = {},
): UseMutationResult<IpcResult<ChannelOutput<C>>, Error, ChannelInput<C>> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => callVault(client, channel, input, !staleLater),
  });
}

/**
 * For a dialog whose outcome must stay on screen after a call that makes its own row go (a
 * request erased leaves the open requests; a due item purged leaves the due list): with
 * useVaultMutation(channel, { staleLater: true }), `owe()` after success and `settle()` once
 * the consultant has read the outcome marks stale what the table says; a dialog closed any other
 * way settles as it unmounts.
 */
export function useStaleLater(channel: Call): Readonly<{ owe: () => void; settle: () => void }> {
  const client = useQueryClient();
  const owed = useRef(false);
  const settle = useCallback(() => {
    if (!owed.current) return;
    owed.current = false;
    void markStaleAfter(client, channel);
  }, [client, channel]);
  useEffect(() => settle, [settle]);
  return useMemo(
    () => ({
      owe: () => {
        owed.current = true;
      },
      settle,
    }),
    [settle],
  );
}

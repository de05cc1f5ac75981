// How many open requests are overdue or due within a week, for the banner: a cached read of
// requests.counts, fetched again after every change to a request (stale-after.ts) and at each
// local midnight (a request turns overdue then).
import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ChannelOutput } from '@core/ipc/contract';
import { useEachNewDay } from './use-due-summary';
import { useVaultQuery } from './vault-query';

export type RequestCounts = ChannelOutput<'requests.counts'>;

/** The counts (null until the first answer; a failed refresh keeps the last answer). */
export function useRequestCounts(): RequestCounts | null {
  const client = useQueryClient();
  const { data } = useVaultQuery('requests.counts', {});
  const refresh = useCallback(
    () => void client.invalidateQueries({ queryKey: ['requests.counts'] }),
    [client],
  );
  useEachNewDay(refresh);
  return data ?? null;
}

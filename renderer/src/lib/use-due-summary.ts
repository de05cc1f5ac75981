// What is due for shredding: a cached read of retention.due, fetched again after every call that
// can move a retention date (stale-after.ts) and at each local midnight (the day changed).
import { useCallback, useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ChannelOutput } from '@core/ipc/contract';
import { useVaultQuery } from './vault-query';

export type DueSummary = ChannelOutput<'retention.due'>;

/** Milliseconds until just after the next local midnight, when the day's answers change. */
export function msUntilNextDay(now = new Date()): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 1);
  return next.getTime() - now.getTime();
}

/** Runs `tick` just after each local midnight while mounted. */
export function useEachNewDay(tick: () => void): void {
  useEffect(() => {
    // A laptop left open overnight must show tomorrow's answers without a restart.
    let timer = window.setTimeout(function next() {
      tick();
      timer = window.setTimeout(next, msUntilNextDay());
    }, msUntilNextDay());
    return () => window.clearTimeout(timer);
  }, [tick]);
}

/**
 * The due summary (null until the first answer). A failed refresh keeps the last answer rather
 * than hiding what is due. `refresh` asks again (after a shredding the table already does).
 */
export function useDueSummary(): { due: DueSummary | null; refresh: () => void } {
  const client = useQueryClient();
  const { data } = useVaultQuery('retention.due', {});
  const refresh = useCallback(
    () => void client.invalidateQueries({ queryKey: ['retention.due'] }),
    [client],
  );
  useEachNewDay(refresh);
  return { due: data ?? null, refresh };
}

// How many open requests are overdue or due within a week, for the banner: fetched after unlock,
// after every change to a request, and again at each local midnight (a request turns overdue then).
import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '@core/ipc/contract';
import { msUntilNextDay } from './use-due-summary';

export type RequestCounts = ChannelOutput<'requests.counts'>;

const REQUESTS_CHANGED = 'fortrolig:requests-changed';

/** Call after a request is logged or changed: the banner and every request list fetch again. */
export function notifyRequestsChanged(): void {
  window.dispatchEvent(new Event(REQUESTS_CHANGED));
}

/** Runs `listener` after each notifyRequestsChanged(), while the component is mounted. */
export function useOnRequestsChanged(listener: () => void): void {
  useEffect(() => {
    window.addEventListener(REQUESTS_CHANGED, listener);
    return () => window.removeEventListener(REQUESTS_CHANGED, listener);
  }, [listener]);
}

export function useRequestCounts(): RequestCounts | null {
  const [counts, setCounts] = useState<RequestCounts | null>(null);
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    void window.vault['requests.counts']({}).then((r) => {
      // A failed refresh keeps the last answer rather than hiding what is overdue.
      if (live && r.ok) setCounts(r.value);
    });
    return () => {
      live = false;
    };
  }, [generation]);

  useOnRequestsChanged(refresh);

  useEffect(() => {
    let timer = window.setTimeout(function tick() {
      refresh();
      timer = window.setTimeout(tick, msUntilNextDay());
    }, msUntilNextDay());
    return () => window.clearTimeout(timer);
  }, [refresh]);

  return counts;
}

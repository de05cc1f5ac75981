// What is due for shredding, fetched after unlock and again at each local midnight (the day changed).
import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '@core/ipc/contract';

export type DueSummary = ChannelOutput<'retention.due'>;

/** The event a change that can move a retention date sends; every due view fetches again. */
const DUE_MAY_HAVE_MOVED = 'fortrolig:due-may-have-moved';

/**
 * Call after a change that can move a retention date (programme edited, note saved, enrolment
 * ended, CV reconfirmed, preset edited): the banner, the status and the prompt refresh.
 */
export function notifyDueMayHaveMoved(): void {
  window.dispatchEvent(new Event(DUE_MAY_HAVE_MOVED));
}

/** Milliseconds until just after the next local midnight, when the day's answers change. */
export function msUntilNextDay(now = new Date()): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 1);
  return next.getTime() - now.getTime();
}

export function useDueSummary(): { due: DueSummary | null; refresh: () => void } {
  const [due, setDue] = useState<DueSummary | null>(null);
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    void window.vault['retention.due']({}).then((r) => {
      // A failed refresh keeps the last answer rather than hiding what is due.
      if (live && r.ok) setDue(r.value);
    });
    return () => {
      live = false;
    };
  }, [generation]);

  useEffect(() => {
    window.addEventListener(DUE_MAY_HAVE_MOVED, refresh);
    return () => window.removeEventListener(DUE_MAY_HAVE_MOVED, refresh);
  }, [refresh]);

  useEffect(() => {
    // A laptop left open overnight must show tomorrow's due items without a restart.
    let timer = window.setTimeout(function tick() {
      refresh();
      timer = window.setTimeout(tick, msUntilNextDay());
    }, msUntilNextDay());
    return () => window.clearTimeout(timer);
  }, [refresh]);

  return { due, refresh };
}

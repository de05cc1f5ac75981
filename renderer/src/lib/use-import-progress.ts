// Progress of a running import call (reading, checking, saving), from the import.progress channel,
// which answers while the long call runs. A preview's bar shows only once it has lasted a moment,
// so a short list does not flash one; an import's shows at once, as the answer to the button.
import { useCallback, useState } from 'react';
import type { ChannelOutput } from '@core/ipc/contract';
import { askVault } from './vault-query';

export type ImportProgress = ChannelOutput<'import.progress'>;

const POLL_MS = 150;
const SHOW_AFTER_MS = 300;

const pause = (ms: number) => new Promise((done) => window.setTimeout(done, ms));

export function useImportProgress() {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  /** Runs `call`, polling its progress meanwhile; the bar goes when it settles. */
  const track = useCallback(async <T>(call: () => Promise<T>, atOnce = false): Promise<T> => {
    let running = true;
    if (atOnce) setProgress({ phase: 'idle', done: 0, total: 0 });
    const poll = async () => {
      if (!atOnce) await pause(SHOW_AFTER_MS);
      while (running) {
        // Polled while the call runs, not cached: each answer is only for this moment.
        const answer = await askVault('import.progress', {}).catch(() => null);
        if (running && answer) setProgress(answer);
        await pause(POLL_MS);
      }
    };
    void poll();
    try {
      return await call();
    } finally {
      running = false;
      setProgress(null);
    }
  }, []);
  return { progress, track };
}

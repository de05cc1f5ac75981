// Search as you type without a fixed debounce: each query is asked at once unless an answer is
// still on its way; then only the newest text waiting is asked next (older ones are skipped), and
// every answer is kept with its query, so a late answer for old text is never shown as current.
import { useEffect, useRef, useState } from 'react';

export type Answer<Q, A> = Readonly<{ query: Q; value: A }>;

/**
 * The newest answer `ask` gave, tagged with the query it answers. At most one call is in flight:
 * a fast answer (within a frame) shows at the next frame, a slow one coalesces the keystrokes
 * typed meanwhile into one call. A null query asks nothing. `ask` should be stable (module level).
 */
export function useNewestAnswer<Q, A>(
  query: Q | null,
  ask: (query: Q) => Promise<A>,
): Answer<Q, A> | null {
  const [answer, setAnswer] = useState<Answer<Q, A> | null>(null);
  const waiting = useRef<{ query: Q } | null>(null);
  const busy = useRef(false);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  useEffect(() => {
    if (query === null) return;
    waiting.current = { query };
    const pump = () => {
      const next = waiting.current;
      if (busy.current || !next) return;
      waiting.current = null;
      busy.current = true;
      void ask(next.query).then(
        (value) => {
          busy.current = false;
          if (live.current) setAnswer({ query: next.query, value });
          pump();
        },
        () => {
          busy.current = false;
          pump();
        },
      );
    };
    pump();
  }, [query, ask]);

  return answer;
}

// Pages of the caseload (100 rows each), fetched on demand as the virtual list scrolls; a new
// query throws the old pages away and ignores any answer that arrives late.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelInput, ChannelOutput, IpcError } from '@core/ipc/contract';

export type CaseloadRow = ChannelOutput<'caseload.list'>['rows'][number];
export type CaseloadFilter = Omit<ChannelInput<'caseload.list'>, 'offset' | 'limit'>;

export const CASELOAD_PAGE = 100;

export type CaseloadWindow = Readonly<{
  total: number | null;
  error: IpcError | null;
  rowAt: (index: number) => CaseloadRow | undefined;
  /** Makes sure rows first..last are loaded or on their way. */
  ensure: (first: number, last: number) => void;
}>;

export function useCaseloadWindow(filter: CaseloadFilter): CaseloadWindow {
  // Everything loaded is tagged with its query; rows of an older query are simply not used.
  const [data, setData] = useState<{
    key: string;
    pages: ReadonlyMap<number, readonly CaseloadRow[]>;
    total: number | null;
    error: IpcError | null;
  }>({ key: '', pages: new Map(), total: null, error: null });
  const requested = useRef(new Set<number>());
  const generation = useRef(0);
  const key = JSON.stringify(filter);

  const load = useCallback(
    (page: number) => {
      if (requested.current.has(page)) return;
      requested.current.add(page);
      const mine = generation.current;
      void window.vault['caseload.list']({
        ...(JSON.parse(key) as CaseloadFilter),
        offset: page * CASELOAD_PAGE,
        limit: CASELOAD_PAGE,
      }).then((result) => {
        if (mine !== generation.current) return;
        if (!result.ok) requested.current.delete(page);
        setData((old) => {
          const base = old.key === key ? old : { key, pages: new Map(), total: null, error: null };
          if (!result.ok) return { ...base, error: result.error };
          const pages = new Map(base.pages).set(page, result.value.rows);
          return { key, pages, total: result.value.total, error: null };
        });
      });
    },
    [key],
  );

  useEffect(() => {
    generation.current += 1;
    requested.current = new Set();
    load(0);
  }, [load]);

  const current = data.key === key ? data : null;
  const pages = current?.pages;
  const rowAt = useCallback(
    (index: number) => pages?.get(Math.floor(index / CASELOAD_PAGE))?.[index % CASELOAD_PAGE],
    [pages],
  );

  const ensure = useCallback(
    (first: number, last: number) => {
      for (let p = Math.floor(first / CASELOAD_PAGE); p <= Math.floor(last / CASELOAD_PAGE); p++) {
        load(p);
      }
    },
    [load],
  );

  // Until the new query answers, keep showing the old count so the list does not jump to empty.
  return { total: current?.total ?? data.total, error: current?.error ?? null, rowAt, ensure };
}

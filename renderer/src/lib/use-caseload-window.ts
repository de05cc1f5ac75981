// Pages of the caseload (100 rows each), fetched on demand as the virtual list scrolls: each page a
// cached read under its own key, so a new query never shows an old query's rows, a late answer
// lands only under the key it answers, and a change elsewhere (stale-after.ts) refetches the pages
// in view.
import { useCallback, useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput, IpcError } from '@core/ipc/contract';
import { askVault, ipcErrorOf, vaultQueryKey } from './vault-query';

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

const FIRST_PAGE: readonly number[] = [0];

export function useCaseloadWindow(filter: CaseloadFilter): CaseloadWindow {
  const key = JSON.stringify(filter);
  // The pages asked for, for one query; a new query starts again at its first page.
  const [wanted, setWanted] = useState<{ key: string; pages: readonly number[] }>({
    key,
    pages: FIRST_PAGE,
  });
  const pages = wanted.key === key ? wanted.pages : FIRST_PAGE;
  const answers = useQueries({
    queries: pages.map((page) => {
      const input = { ...filter, offset: page * CASELOAD_PAGE, limit: CASELOAD_PAGE };
      return {
        queryKey: vaultQueryKey('caseload.list', input),
        queryFn: () => askVault('caseload.list', input),
      };
    }),
  });

  const rows = new Map<number, readonly CaseloadRow[]>();
  pages.forEach((page, i) => {
    const data = answers[i]?.data;
    if (data) rows.set(page, data.rows);
  });
  const total = answers.find((a) => a.data)?.data?.total ?? null;
  const failed = ipcErrorOf(answers.find((a) => a.error)?.error ?? null);

  // Until the new query answers, keep showing the old count so the list does not jump to empty.
  const [shown, setShown] = useState<number | null>(null);
  if (total !== null && total !== shown) setShown(total);

  const ensure = useCallback(
    (first: number, last: number) => {
      setWanted((old) => {
        const base = old.key === key ? old.pages : FIRST_PAGE;
        const missing: number[] = [];
        for (
          let p = Math.floor(first / CASELOAD_PAGE);
          p <= Math.floor(last / CASELOAD_PAGE);
          p++
        ) {
          if (!base.includes(p) && !missing.includes(p)) missing.push(p);
        }
        if (missing.length === 0 && old.key === key) return old;
        return { key, pages: [...base, ...missing] };
      });
    },
    [key],
  );

  const rowAt = (index: number) =>
    rows.get(Math.floor(index / CASELOAD_PAGE))?.[index % CASELOAD_PAGE];
  return { total: total ?? shown, error: failed, rowAt, ensure };
}

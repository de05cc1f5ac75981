// The caseload as a windowed table: fixed-height rows, only those in view (plus overscan) in the DOM,
// pages fetched as they scroll into view, and aria-rowcount/rowindex so screen readers know the size.
// A cell too narrow for its text ends in an ellipsis; the row under the pointer or holding focus
// opens over the rows below to show every cell in full (workspace.css, .vrow:hover), and the DOM
// always holds the whole text, so a screen reader reads it too (issue 13, layout).
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/setup';
import { formatDay, formatInstantDay } from '../lib/dates';
import { CASELOAD_PAGE, useCaseloadWindow, type CaseloadFilter } from '../lib/use-caseload-window';
import { ErrorMessage } from './ErrorMessage';
import { UserText } from './UserText';

export const ROW_HEIGHT = 52;
const OVERSCAN = 8;
/** How many pages (of CASELOAD_PAGE rows) are fetched ahead of the scroll. */
const PREFETCH_PAGES = 2;

type Props = Readonly<{
  filter: CaseloadFilter;
  onOpen: (participantId: number) => void;
  /** Told the row count whenever a query answers, e.g. for a count above the list. */
  onTotal?: (total: number | null) => void;
  /** Said when the query finds nobody; the caseload's "no participants match" by default. */
  emptyText?: string;
}>;

export function VirtualCaseload({ filter, onOpen, onTotal, emptyText }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { total, error, rowAt, ensure } = useCaseloadWindow(filter);
  const scroller = useRef<HTMLDivElement>(null);
  // The offset belongs to one query; under a new filter the list starts at the top.
  const [scroll, setScroll] = useState({ key: '', top: 0 });
  const [height, setHeight] = useState(600);
  const key = JSON.stringify(filter);

  const scrollTop = scroll.key === key ? scroll.top : 0;
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [key]);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    setHeight(element.clientHeight);
    return () => observer.disconnect();
  }, []);

  useEffect(() => onTotal?.(total), [onTotal, total]);

  const count = total ?? 0;
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count - 1, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);

  // Rows in view first, then two pages ahead in the direction of the scroll, so a fast scroll
  // meets rows already fetched instead of blank ones (issue 12, item 5); loaded pages stay cached.
  const lastFirst = useRef(0);
  const downwards = useRef(true);
  useEffect(() => {
    if (count === 0) return;
    if (first !== lastFirst.current) downwards.current = first > lastFirst.current;
    lastFirst.current = first;
    ensure(first, last);
    const ahead = PREFETCH_PAGES * CASELOAD_PAGE;
    if (downwards.current) ensure(last + 1, Math.min(count - 1, last + ahead));
    else ensure(Math.max(0, first - ahead), first - 1);
  }, [ensure, first, last, count]);

  // Arrow keys move between rows; the list scrolls to keep the focused row in view.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const index = Number(target.dataset.index);
    if (Number.isNaN(index) || !scroller.current) return;
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }[event.key];
    const jump = event.key === 'Home' ? -index : event.key === 'End' ? count - 1 - index : step;
    if (jump === undefined) return;
    event.preventDefault();
    const next = Math.min(count - 1, Math.max(0, index + jump));
    const element = scroller.current;
    const top = next * ROW_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight)
      element.scrollTop = top + ROW_HEIGHT - element.clientHeight;
    requestAnimationFrame(() =>
      element.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus(),
    );
  };

  const rows = [];
  for (let i = first; i <= last; i++) {
    const row = rowAt(i);
    rows.push(
      <div
        key={i}
        role="row"
        aria-rowindex={i + 2}
        className="vrow"
        style={{ transform: `translateY(${i * ROW_HEIGHT}px)` }}
      >
        {row ? (
          <>
            <div role="cell" className="vcell vcell-name">
              <button
                type="button"
                className="row-open"
                data-index={i}
                tabIndex={i === first ? 0 : -1}
                onClick={() => onOpen(row.id)}
              >
                {/* Each part isolated: a stray RTL override in one name cannot flip the other. */}
                <UserText text={row.familyName} />, <UserText text={row.givenName} />
              </button>
              {row.restricted && (
                <>
                  {' '}
                  <span className="badge badge-restricted">{t('rights.restriction.badge')}</span>
                </>
              )}
            </div>
            <div role="cell" className="vcell vcell-id">
              <span className="vcell-text">{row.nationalIdMasked ?? ''}</span>
            </div>
            <div role="cell" className="vcell">
              <span className="vcell-text">
                <UserText text={row.programmes} />
              </span>
            </div>
            <div role="cell" className="vcell">
              <span className="vcell-text">
                {row.lastContactAt
                  ? formatInstantDay(row.lastContactAt, language)
                  : t('common.never')}
              </span>
            </div>
            <div role="cell" className="vcell">
              <span className="vcell-text">{formatDay(row.nextDueOn, language)}</span>
            </div>
          </>
        ) : (
          <div role="cell" className="vcell vcell-loading">
            {t('caseload.rowLoading')}
          </div>
        )}
      </div>,
    );
  }

  return (
    <>
      {error && <ErrorMessage error={error} />}
      {total === 0 && <p className="empty">{emptyText ?? t('caseload.empty')}</p>}
      <div
        role="table"
        aria-label={t('caseload.tableLabel')}
        aria-rowcount={count + 1}
        className="vtable"
      >
        <div role="rowgroup">
          <div role="row" aria-rowindex={1} className="vrow vrow-head">
            <div role="columnheader" className="vcell vcell-name">
              {t('caseload.columns.name')}
            </div>
            <div role="columnheader" className="vcell vcell-id">
              {t('caseload.columns.nationalId')}
            </div>
            <div role="columnheader" className="vcell">
              {t('caseload.columns.programmes')}
            </div>
            <div role="columnheader" className="vcell">
              {t('caseload.columns.lastContact')}
            </div>
            <div role="columnheader" className="vcell">
              {t('caseload.columns.nextDue')}
            </div>
          </div>
        </div>
        <div
          role="rowgroup"
          ref={scroller}
          className="vscroll"
          onKeyDown={onKeyDown}
          onScroll={(event) => setScroll({ key, top: event.currentTarget.scrollTop })}
        >
          <div className="vspacer" style={{ height: count * ROW_HEIGHT }}>
            {rows}
          </div>
        </div>
      </div>
    </>
  );
}

// The global search box: notes, addenda, names and test summaries as you type; a result opens
// the participant page at that note. Snippets are split on the vault's markers, never parsed as HTML.
// The list says how many hits it shows and whether there are more; "Show more" asks for the next
// 20, up to the channel's 100, where it says to narrow the search (issue 13: it stopped silently).
// Hits are a cached read (search.query), so a note, name or test result changed elsewhere shows here.
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '@core/ipc/contract';
import { currentLanguage } from '../i18n/setup';
import { formatCount } from '../lib/dates';
import type { Navigate } from '../lib/navigation';
import { searchKeysLabel } from '../lib/shortcuts';
import { useVaultQuery } from '../lib/vault-query';
import { Highlighted } from './Highlighted';
import { UserText } from './UserText';

type Hit = ChannelOutput<'search.query'>[number];

/** Hits asked for at first and added by each "Show more". */
const PAGE = 20;
/** The most search.query answers (its contract's `limit` maximum). */
const MAX_HITS = 100;

type Query = Readonly<{ text: string; limit: number }>;
type Found = Readonly<{ hits: readonly Hit[]; more: boolean }>;
/** An answer kept with the query it answers, so a late answer for old text is never current. */
type Answer = Readonly<{ query: Query; all: readonly Hit[] }>;

const NO_HITS: readonly Hit[] = [];

const same = (a: Query | null, b: Query | null) => a?.text === b?.text && a?.limit === b?.limit;

/** `limit` hits of the `limit + 1` asked for (one more, to learn whether more exist). */
const foundIn = ({ query, all }: Answer): Found => ({
  hits: all.slice(0, query.limit),
  more: all.length > query.limit,
});

type Props = Readonly<{ navigate: Navigate; inputRef: RefObject<HTMLInputElement | null> }>;

export function GlobalSearch({ navigate, inputRef }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  // No fixed debounce: asked at once, one call in flight, the newest text next (issue 12, item 4).
  // Answers are kept with their query, so a late answer for old text is never shown as current.
  const query = text.trim();
  const [limit, setLimit] = useState({ text: '', value: PAGE });
  // A new text starts again at the first page.
  const wanted = limit.text === query ? limit.value : PAGE;
  const typed: Query | null = query ? { text: query, limit: wanted } : null;
  // The query on its way or answered: it moves to the newest text only once the vault has
  // answered the one before, so keystrokes typed meanwhile coalesce into one call.
  const [asked, setAsked] = useState<Query | null>(null);
  const search = useVaultQuery(
    'search.query',
    // One more than shown, to learn whether more exist (except at the channel's maximum).
    { text: asked?.text ?? '', limit: Math.min((asked?.limit ?? PAGE) + 1, MAX_HITS) },
    { enabled: asked !== null },
  );
  if (!search.isFetching && typed && !same(asked, typed)) setAsked(typed);
  // The last answer stays on screen while the next is asked (e.g. "Show more" for the same text).
  const [last, setLast] = useState<Answer | null>(null);
  // A failed search shows as no hits.
  const all = search.data ?? (search.isError ? NO_HITS : undefined);
  if (asked && all && (last?.all !== all || !same(last.query, asked)))
    setLast({ query: asked, all });
  const answer = useMemo(() => last && { query: last.query, value: foundIn(last) }, [last]);
  const list = useRef<HTMLUListElement>(null);
  // After "Show more", focus goes to the first new hit, not back to the top of the page.
  const focusAt = useRef<number | null>(null);

  const choose = (hit: Hit) => {
    setOpen(false);
    setText('');
    navigate({ kind: 'participant', id: hit.participantId, noteId: hit.noteId });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      setOpen(false);
      inputRef.current?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
      if (buttons.length === 0) return;
      event.preventDefault();
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
      if (next < 0) inputRef.current?.focus();
      else buttons[Math.min(next, buttons.length - 1)]?.focus();
    }
  };

  const showing = open && query.length > 0;
  // While more are fetched for the same text, the hits already found stay on screen.
  const found = answer?.query.text === query ? answer.value : null;
  const hits = found?.hits ?? null;
  const shownAll = answer?.query.text === query && answer.query.limit === wanted;
  const language = currentLanguage();

  useEffect(() => {
    if (focusAt.current === null || !shownAll || !hits) return;
    list.current?.querySelectorAll('button')[Math.min(focusAt.current, hits.length - 1)]?.focus();
    focusAt.current = null;
  }, [shownAll, hits]);

  const countText = !hits
    ? ''
    : found?.more
      ? t('nav.hitsMore', { n: formatCount(hits.length, language) })
      : hits.length >= MAX_HITS
        ? t('nav.hitsCapped', { n: formatCount(hits.length, language) })
        : t('nav.hitCount', { count: hits.length, n: formatCount(hits.length, language) });

  const showMore = () => {
    focusAt.current = hits?.length ?? 0;
    setLimit({ text: query, value: Math.min(wanted + PAGE, MAX_HITS) });
  };
  return (
    <div className="global-search" role="search" onKeyDown={onKeyDown}>
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {t('nav.search')}
      </label>
      <input
        id={`${id}-q`}
        ref={inputRef}
        type="search"
        value={text}
        maxLength={200}
        autoComplete="off"
        placeholder={t('nav.searchHint', { keys: searchKeysLabel() })}
        aria-keyshortcuts="Control+K Meta+K /"
        aria-controls={showing ? `${id}-results` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
      />
      {showing && (
        <div className="search-results" id={`${id}-results`}>
          <p className="visually-hidden" role="status">
            {hits === null
              ? t('nav.searching')
              : hits.length === 0
                ? t('nav.noResults')
                : countText}
          </p>
          {hits && hits.length === 0 && <p className="empty">{t('nav.noResults')}</p>}
          {hits && hits.length > 0 && (
            <p className="hint search-count" aria-hidden="true">
              {countText}
            </p>
          )}
          {hits && hits.length > 0 && (
            <ul ref={list} aria-label={t('nav.results')}>
              {hits.map((hit) => (
                <li key={`${hit.source}-${hit.sourceId}`}>
                  <button type="button" className="search-hit" onClick={() => choose(hit)}>
                    <span className="search-hit-head">
                      <UserText text={hit.participantName} className="search-hit-name" />
                      {hit.restricted && (
                        <span className="badge badge-restricted">
                          {t('rights.restriction.badge')}
                        </span>
                      )}
                      <span className="badge">{t(`nav.source.${hit.source}`)}</span>
                    </span>
                    <Highlighted snippet={hit.snippet} />
                  </button>
                </li>
              ))}
            </ul>
          )}
          {found?.more && wanted < MAX_HITS && (
            <button
              type="button"
              className="button button-quiet"
              disabled={!shownAll}
              onClick={showMore}
            >
              {t('nav.showMore')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

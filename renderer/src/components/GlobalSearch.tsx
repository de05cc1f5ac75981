// The global search box: notes, addenda, names and test summaries as you type; a result opens
// the participant page at that note. Snippets are split on the vault's markers, never parsed as HTML.
import { useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '@core/ipc/contract';
import type { Navigate } from '../lib/navigation';
import { searchKeysLabel } from '../lib/shortcuts';
import { useNewestAnswer } from '../lib/use-newest-answer';
import { Highlighted } from './Highlighted';
import { UserText } from './UserText';

type Hit = ChannelOutput<'search.query'>[number];

/** One search call; a failure shows as no hits. Module level, so useNewestAnswer sees one function. */
const searchHits = (text: string): Promise<readonly Hit[]> =>
  window.vault['search.query']({ text, limit: 20 }).then((r) => (r.ok ? r.value : []));

type Props = Readonly<{ navigate: Navigate; inputRef: RefObject<HTMLInputElement | null> }>;

export function GlobalSearch({ navigate, inputRef }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  // No fixed debounce: asked at once, one call in flight, the newest text next (issue 12, item 4).
  // Answers are kept with their query, so a late answer for old text is never shown as current.
  const query = text.trim();
  const answer = useNewestAnswer(query || null, searchHits);
  const list = useRef<HTMLUListElement>(null);

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
  const hits = answer?.query === query ? answer.value : null;
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
                : t('nav.results')}
          </p>
          {hits && hits.length === 0 && <p className="empty">{t('nav.noResults')}</p>}
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
        </div>
      )}
    </div>
  );
}

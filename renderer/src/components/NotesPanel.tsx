// The participant's notes: the composer for the current draft, then the timeline newest first,
// with paging, Alt+N for a new note, and a note found by search brought into view.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useInfiniteQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ChannelInput, ChannelOutput } from '@core/ipc/contract';
import { useReadOnly } from '../lib/read-only';
import { isNewNoteKey, newNoteKeysLabel } from '../lib/shortcuts';
import type { SessionNote } from '../lib/use-note-autosave';
import { askVault, ipcErrorOf, useVaultQuery, vaultQueryKey } from '../lib/vault-query';
import { ErrorMessage } from './ErrorMessage';
import { NoteComposer } from './NoteComposer';
import { SessionNoteItem } from './SessionNoteItem';

type Cursor = NonNullable<ChannelInput<'sessionNotes.listForParticipant'>['before']>;
type Enrolment = ChannelOutput<'enrolments.list'>[number];
type NotesPage = ChannelOutput<'sessionNotes.listForParticipant'>;
const PAGE = 20;

type Props = Readonly<{
  participantId: number;
  enrolments: readonly Enrolment[];
  focusNoteId: number | null;
  registerBeforeLock: (flush: (() => Promise<void>) | null) => void;
  /** A note was created, saved with a new time, or locked: the profile's last contact may move. */
  onNoteSaved: () => void;
}>;

export function NotesPanel({
  participantId,
  enrolments,
  focusNoteId,
  registerBeforeLock,
  onNoteSaved,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  // Restricted: no composer; a draft stays in the timeline as it was.
  const { readOnly, because } = useReadOnly();
  const client = useQueryClient();
  // The timeline, page by page (newest first); fetched again, every page loaded, whenever a note
  // is created, locked, discarded or given an addendum (stale-after.ts).
  const first = useMemo(() => ({ participantId, limit: PAGE }), [participantId]);
  const listKey = vaultQueryKey('sessionNotes.listForParticipant', first);
  const timeline = useInfiniteQuery({
    queryKey: listKey,
    queryFn: ({ pageParam }: { pageParam: Cursor | null }) =>
      askVault(
        'sessionNotes.listForParticipant',
        pageParam ? { ...first, before: pageParam } : first,
      ),
    initialPageParam: null as Cursor | null,
    getNextPageParam: (last: NotesPage) => last.next,
  });
  const pages = timeline.data?.pages;
  const notes = useMemo(() => (pages ? pages.flatMap((p) => p.notes) : null), [pages]);
  const next = timeline.hasNextPage;
  const error = ipcErrorOf(timeline.error);
  const refetchNotes = timeline.refetch;
  const [composer, setComposer] = useState<{ key: number; draft: SessionNote | null } | null>(null);
  const [draftId, setDraftId] = useState<number | null>(null);
  // A note opened from search beyond the loaded pages (and not the draft): fetched on its own.
  const pinnedId =
    focusNoteId !== null &&
    notes !== null &&
    composer !== null &&
    composer.draft?.id !== focusNoteId &&
    !notes.some((n) => n.id === focusNoteId)
      ? focusNoteId
      : null;
  const pinnedNote = useVaultQuery(
    'sessionNotes.get',
    { id: pinnedId ?? 0 },
    { enabled: pinnedId !== null },
  ).data;
  const pinned = pinnedNote?.participantId === participantId ? pinnedNote : null;
  const [discarded, setDiscarded] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const flushRef = useRef<(() => Promise<void>) | null>(null);
  const items = useRef(new Map<number, HTMLElement>());
  const focusedOnce = useRef(false);

  const register = useCallback(
    (flush: (() => Promise<void>) | null) => {
      flushRef.current = flush;
      registerBeforeLock(flush);
    },
    [registerBeforeLock],
  );

  // First answer: the newest draft, if any, goes back into the composer.
  if (composer === null && pages) {
    setComposer({ key: 1, draft: pages[0]?.notes.find((n) => n.status === 'draft') ?? null });
  }

  const restart = useCallback(
    async (draft: SessionNote | null, keepMessage = false) => {
      if (!keepMessage) setDiscarded(false);
      await flushRef.current?.();
      setComposer((old) => ({ key: (old?.key ?? 0) + 1, draft }));
      setDraftId(draft?.id ?? null);
      await refetchNotes();
      requestAnimationFrame(() => textarea.current?.focus());
    },
    [refetchNotes],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isNewNoteKey(event) || readOnly) return;
      event.preventDefault();
      void restart(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [restart, readOnly]);

  // A note opened from search: bring it into view, fetching it if it is beyond the first page.
  useEffect(() => {
    if (focusNoteId === null || notes === null || composer === null || focusedOnce.current) return;
    focusedOnce.current = true;
    if (composer.draft?.id === focusNoteId) {
      textarea.current?.focus();
      return;
    }
    if (notes.some((n) => n.id === focusNoteId)) {
      requestAnimationFrame(() => {
        const element = items.current.get(focusNoteId);
        element?.scrollIntoView({ block: 'center' });
        element?.focus({ preventScroll: true });
      });
    }
  }, [focusNoteId, notes, composer]);

  // A note changed (an addendum): shown at once; the table has the vault's answer follow.
  const replace = (changed: SessionNote) => {
    client.setQueryData<InfiniteData<NotesPage, Cursor | null>>(listKey, (old) =>
      old
        ? {
            ...old,
            pages: old.pages.map((p) => ({
              ...p,
              notes: p.notes.map((n) => (n.id === changed.id ? changed : n)),
            })),
          }
        : old,
    );
    if (pinned?.id === changed.id) {
      client.setQueryData(vaultQueryKey('sessionNotes.get', { id: changed.id }), changed);
    }
  };

  const shown = readOnly
    ? (notes ?? [])
    : (notes ?? []).filter((n) => n.id !== draftId && n.id !== composer?.draft?.id);
  const item = (note: SessionNote) => (
    <SessionNoteItem
      ref={(element) => {
        if (element) items.current.set(note.id, element);
        else items.current.delete(note.id);
      }}
      note={note}
      highlighted={focusNoteId === note.id}
      onChanged={replace}
      onContinue={(n) => void restart(n)}
    />
  );

  return (
    <section className="card notes-panel" aria-labelledby={`${id}-title`}>
      <div className="title-row">
        <h2 id={`${id}-title`}>{t('sessionNotes.title')}</h2>
        <button
          type="button"
          className="button button-primary"
          aria-keyshortcuts="Alt+N"
          disabled={readOnly}
          aria-describedby={because}
          onClick={() => void restart(null)}
        >
          {t('sessionNotes.new')}
        </button>
        <p className="hint">{t('sessionNotes.newHint', { keys: newNoteKeysLabel() })}</p>
      </div>
      {composer && !readOnly && (
        <NoteComposer
          key={composer.key}
          participantId={participantId}
          draft={composer.draft}
          enrolments={enrolments}
          registerBeforeLock={register}
          onNoteLocked={() => {
            onNoteSaved();
            void restart(null);
          }}
          onDiscarded={() => {
            setDiscarded(true);
            onNoteSaved();
            void restart(null, true);
          }}
          onSaved={onNoteSaved}
          onDraftId={setDraftId}
          textareaRef={textarea}
        />
      )}
      {error && <ErrorMessage error={error} />}
      <p className="hint hint-ok status-line" role="status">
        {discarded ? t('sessionNotes.discarded') : ''}
      </p>
      {pinned && (
        <div className="pinned">
          <h3>{t('sessionNotes.fromSearch')}</h3>
          {item(pinned)}
        </div>
      )}
      <h3 id={`${id}-timeline`}>{t('sessionNotes.timeline')}</h3>
      {notes && shown.length === 0 && <p className="empty">{t('sessionNotes.empty')}</p>}
      {shown.length > 0 && (
        <ol className="note-list" aria-labelledby={`${id}-timeline`}>
          {shown.map((note) => (
            <li key={note.id}>{item(note)}</li>
          ))}
        </ol>
      )}
      {next && (
        <div className="actions">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void timeline.fetchNextPage()}
          >
            {t('sessionNotes.loadMore')}
          </button>
        </div>
      )}
    </section>
  );
}

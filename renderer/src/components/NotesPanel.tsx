// The participant's notes: the composer for the current draft, then the timeline newest first,
// with paging, Alt+N for a new note, and a note found by search brought into view.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput, ChannelOutput, IpcError } from '@core/ipc/contract';
import { useReadOnly } from '../lib/read-only';
import { isNewNoteKey, newNoteKeysLabel } from '../lib/shortcuts';
import type { SessionNote } from '../lib/use-note-autosave';
import { ErrorMessage } from './ErrorMessage';
import { NoteComposer } from './NoteComposer';
import { SessionNoteItem } from './SessionNoteItem';

type Cursor = NonNullable<ChannelInput<'sessionNotes.listForParticipant'>['before']>;
type Enrolment = ChannelOutput<'enrolments.list'>[number];
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
  const [notes, setNotes] = useState<readonly SessionNote[] | null>(null);
  const [next, setNext] = useState<Cursor | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [composer, setComposer] = useState<{ key: number; draft: SessionNote | null } | null>(null);
  const [draftId, setDraftId] = useState<number | null>(null);
  const [pinned, setPinned] = useState<SessionNote | null>(null);
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

  const load = useCallback(
    async (before: Cursor | null) => {
      const result = await window.vault['sessionNotes.listForParticipant']({
        participantId,
        limit: PAGE,
        ...(before ? { before } : {}),
      });
      if (!result.ok) return setError(result.error);
      setError(null);
      setNotes((old) => (before && old ? [...old, ...result.value.notes] : result.value.notes));
      setNext(result.value.next);
      return result.value.notes;
    },
    [participantId],
  );

  // First load: the newest draft, if any, goes back into the composer.
  useEffect(() => {
    void window.vault['sessionNotes.listForParticipant']({ participantId, limit: PAGE }).then(
      (result) => {
        if (!result.ok) return setError(result.error);
        setNotes(result.value.notes);
        setNext(result.value.next);
        setComposer({
          key: 1,
          draft: result.value.notes.find((n) => n.status === 'draft') ?? null,
        });
      },
    );
  }, [participantId]);

  const restart = useCallback(
    async (draft: SessionNote | null, keepMessage = false) => {
      if (!keepMessage) setDiscarded(false);
      await flushRef.current?.();
      setComposer((old) => ({ key: (old?.key ?? 0) + 1, draft }));
      setDraftId(draft?.id ?? null);
      await load(null);
      requestAnimationFrame(() => textarea.current?.focus());
    },
    [load],
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
      return;
    }
    void window.vault['sessionNotes.get']({ id: focusNoteId }).then((r) => {
      if (r.ok && r.value.participantId === participantId) setPinned(r.value);
    });
  }, [focusNoteId, notes, composer, participantId]);

  const replace = (changed: SessionNote) => {
    setNotes((old) => old?.map((n) => (n.id === changed.id ? changed : n)) ?? null);
    if (pinned?.id === changed.id) setPinned(changed);
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
          <button type="button" className="button button-secondary" onClick={() => void load(next)}>
            {t('sessionNotes.loadMore')}
          </button>
        </div>
      )}
    </section>
  );
}

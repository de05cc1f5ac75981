// Writing a session note: kind, when, programme, a template, and a body that autosaves as a
// draft (≈800 ms after typing stops, on blur, on Ctrl/Cmd+S and before any lock); Lock with
// confirmation; Discard draft with confirmation (only a draft is ever here: a locked note is not).
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { currentLanguage } from '../i18n/setup';
import { fromLocalInput, toLocalInput } from '../lib/dates';
import { isSaveKey, saveKeysLabel } from '../lib/shortcuts';
import { useNoteAutosave, type NoteKind, type SessionNote } from '../lib/use-note-autosave';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorMessage } from './ErrorMessage';
import { SaveIndicator } from './SaveIndicator';
import { DateInput } from './DateInput';
import { useVaultMutation, useVaultQuery } from '../lib/vault-query';

const KINDS: readonly NoteKind[] = ['meeting', 'phone', 'email', 'other'];
type Enrolment = ChannelOutput<'enrolments.list'>[number];
type Template = ChannelOutput<'templates.list'>[number];
const NO_TEMPLATES: readonly Template[] = [];

type Props = Readonly<{
  participantId: number;
  draft: SessionNote | null;
  enrolments: readonly Enrolment[];
  /** Gives the panel the flush to run before the vault locks (null once the composer is gone). */
  registerBeforeLock: (flush: (() => Promise<void>) | null) => void;
  /** Told once the note is locked: read-only for ever (not the vault's lock: window.fortrolig.onLocked). */
  onNoteLocked: () => void;
  /** Told once the draft is thrown away (and deleted from the vault, if it was saved). */
  onDiscarded: () => void;
  /** Told when a save reached the vault with a time it did not hold before (a new draft counts). */
  onSaved: () => void;
  /** Told the draft's id once the vault has one, so the timeline does not show it twice. */
  onDraftId: (id: number | null) => void;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
}>;

export function NoteComposer({
  participantId,
  draft,
  enrolments,
  registerBeforeLock,
  onNoteLocked,
  onDiscarded,
  onSaved,
  onDraftId,
  textareaRef,
}: Props) {
  const { t } = useTranslation();
  const lockNote = useVaultMutation('sessionNotes.lock');
  const id = useId();
  const active = enrolments.filter((e) => e.status === 'active');
  const note = useNoteAutosave(
    participantId,
    {
      body: draft?.body ?? '',
      kind: draft?.kind ?? 'meeting',
      occurredAt: draft?.occurredAt ?? new Date().toISOString(),
      programmeId: draft?.programmeId ?? active[0]?.programmeId ?? null,
    },
    draft?.id ?? null,
  );
  const templates =
    useVaultQuery('templates.list', { locale: currentLanguage() }).data ?? NO_TEMPLATES;
  const [confirming, setConfirming] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const [lockError, setLockError] = useState<IpcError | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const { flush, noteId } = note;

  useEffect(() => onDraftId(noteId), [onDraftId, noteId]);

  // Only a changed occurred-at (or the first save) can move the last contact; plain typing cannot,
  // so the profile is not re-read on every autosave.
  const reportedAt = useRef<string | null>(draft?.occurredAt ?? null);
  const savedAt = note.state.kind === 'saved' ? note.fields.occurredAt : null;
  useEffect(() => {
    if (savedAt === null || savedAt === reportedAt.current) return;
    reportedAt.current = savedAt;
    onSaved();
  }, [savedAt, onSaved]);

  useEffect(() => {
    registerBeforeLock(async () => {
      await flush();
    });
    return () => registerBeforeLock(null);
  }, [registerBeforeLock, flush]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSaveKey(event)) return;
      // The browser's "save page" would be meaningless here; Ctrl/Cmd+S saves the draft.
      event.preventDefault();
      void flush();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [flush]);

  const insertTemplate = (key: string) => {
    const template = templates.find((tpl) => tpl.key === key);
    if (!template) return;
    const body = note.fields.body.trim()
      ? `${note.fields.body}\n\n${template.body}`
      : template.body;
    note.edit({ body });
    textareaRef.current?.focus();
  };

  const askLock = async () => {
    setLockError(null);
    // Lock exactly what is on screen: save first, and refuse if that fails.
    if ((await flush()) && note.noteId !== null) setConfirming(true);
  };

  const lock = async () => {
    setConfirming(false);
    if (note.noteId === null) return;
    const result = await lockNote.mutateAsync({ id: note.noteId });
    if (!result.ok) return setLockError(result.error);
    onNoteLocked();
  };

  const discard = async () => {
    setDiscarding(false);
    setLockError(null);
    const error = await note.discard();
    if (error) return setLockError(error);
    onDiscarded();
  };

  if (active.length === 0 && draft === null) {
    return <p className="empty">{t('sessionNotes.notEnrolled')}</p>;
  }
  const canLock = note.fields.body.trim().length > 0;

  return (
    <div className="composer" ref={container}>
      <div className="composer-fields">
        {active.length > 1 && (
          <div className="field">
            <label htmlFor={`${id}-programme`}>{t('sessionNotes.programme')}</label>
            <select
              id={`${id}-programme`}
              value={note.fields.programmeId ?? ''}
              disabled={note.noteId !== null}
              onChange={(e) => note.edit({ programmeId: Number(e.target.value) })}
            >
              {active.map((e) => (
                <option key={e.programmeId} value={e.programmeId}>
                  {e.programmeName}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('sessionNotes.kind')}</label>
          <select
            id={`${id}-kind`}
            value={note.fields.kind}
            onChange={(e) => note.edit({ kind: e.target.value as NoteKind })}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`sessionNotes.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <DateInput
          label={t('sessionNotes.occurredAt')}
          withTime
          value={toLocalInput(note.fields.occurredAt)}
          onChange={(local) => {
            const iso = fromLocalInput(local, note.fields.occurredAt);
            if (iso) note.edit({ occurredAt: iso });
          }}
        />
        <div className="field">
          <label htmlFor={`${id}-template`}>{t('sessionNotes.template')}</label>
          <select id={`${id}-template`} value="" onChange={(e) => insertTemplate(e.target.value)}>
            <option value="">{t('sessionNotes.noTemplate')}</option>
            {templates.map((tpl) => (
              <option key={tpl.key} value={tpl.key}>
                {tpl.title}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-body`}>{t('sessionNotes.body')}</label>
        <textarea
          id={`${id}-body`}
          ref={textareaRef}
          value={note.fields.body}
          rows={10}
          aria-keyshortcuts="Control+S Meta+S"
          aria-describedby={`${id}-status ${id}-keys`}
          onChange={(e) => note.edit({ body: e.target.value })}
          onBlur={() => void flush()}
        />
      </div>
      <div className="editor-bar">
        <SaveIndicator state={note.state} id={`${id}-status`} onRetry={() => void flush()} />
        <p className="hint" id={`${id}-keys`}>
          {t('sessionNotes.saveKeys', { keys: saveKeysLabel() })}
        </p>
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={!canLock}
          onClick={() => canLock && void askLock()}
        >
          {t('sessionNotes.lock')}
        </button>
        {(note.noteId !== null || note.fields.body.trim().length > 0) && (
          <button type="button" className="button button-quiet" onClick={() => setDiscarding(true)}>
            {t('sessionNotes.discard')}
          </button>
        )}
      </div>
      {lockError && <ErrorMessage error={lockError} />}
      {confirming && (
        <ConfirmDialog
          title={t('sessionNotes.lockTitle')}
          confirmLabel={t('sessionNotes.lockConfirm')}
          onConfirm={() => void lock()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('sessionNotes.lockBody')}</p>
        </ConfirmDialog>
      )}
      {discarding && (
        <ConfirmDialog
          title={t('sessionNotes.discardTitle')}
          confirmLabel={t('sessionNotes.discard')}
          onConfirm={() => void discard()}
          onCancel={() => setDiscarding(false)}
        >
          <p>{t('sessionNotes.discardBody')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

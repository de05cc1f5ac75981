// Writing a note: a plain textarea, Save or Ctrl/Cmd+Enter, and a saved state that never claims too much.
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NOTE_BODY } from '../../../main/ipc/contract';
import { currentLanguage } from '../i18n/setup';
import { formatTime, saveShortcutLabel } from '../lib/format';

type Props = Readonly<{
  save: (body: string) => Promise<boolean>;
  registerBeforeLock: (flush: (() => Promise<void>) | null) => void;
}>;

export function NoteEditor({ save, registerBeforeLock }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  // Refs mirror the draft for the lock-time flush, which runs outside any render.
  const draftRef = useRef('');
  const savingRef = useRef(false);

  const edit = (value: string) => {
    draftRef.current = value;
    setDraft(value);
  };

  const saveDraft = useCallback(async () => {
    const body = draftRef.current;
    if (!body.trim() || savingRef.current) return;
    savingRef.current = true;
    setSaving(true);
    const ok = await save(body);
    savingRef.current = false;
    setSaving(false);
    // Only text that reached the vault is cleared; a failed save keeps every character.
    if (ok && draftRef.current === body) {
      draftRef.current = '';
      setDraft('');
      setSavedAt(new Date());
    }
  }, [save]);

  useEffect(() => {
    registerBeforeLock(saveDraft);
    return () => registerBeforeLock(null);
  }, [registerBeforeLock, saveDraft]);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void saveDraft();
    }
  };

  const status = saving
    ? t('notes.saving')
    : draft.trim()
      ? t('notes.unsaved')
      : savedAt
        ? t('notes.saved', { time: formatTime(savedAt, currentLanguage()) })
        : '';
  const shortcut = saveShortcutLabel();

  return (
    <div className="editor">
      <label className="visually-hidden" htmlFor={`${id}-body`}>
        {t('notes.newNote')}
      </label>
      <textarea
        id={`${id}-body`}
        value={draft}
        maxLength={MAX_NOTE_BODY}
        rows={10}
        autoFocus
        aria-keyshortcuts="Control+Enter Meta+Enter"
        aria-describedby={`${id}-status ${id}-shortcut`}
        onChange={(event) => edit(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="editor-bar">
        <p className="editor-status" id={`${id}-status`} role="status">
          {status}
        </p>
        <p className="hint" id={`${id}-shortcut`}>
          {t('notes.shortcut', { keys: shortcut })}
        </p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => void saveDraft()}
          aria-disabled={saving || !draft.trim()}
        >
          {saving ? t('notes.saving') : t('notes.save')}
        </button>
      </div>
    </div>
  );
}

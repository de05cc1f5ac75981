// Autosave for one session-note draft. The indicator never lies: "saved" only when the text on
// screen is exactly what the vault holds; a failure keeps every character and says so.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ChannelOutput, ErrorCode, IpcError } from '@core/ipc/contract';
import { MAX_NOTE_TEXT } from '@core/domain/vocabulary';
import { callVault } from './vault-query';

export type SessionNote = ChannelOutput<'sessionNotes.get'>;
export type NoteKind = SessionNote['kind'];

/** The vault's limit for a note body (MAX_NOTE_TEXT in the contract's schemas). */
export { MAX_NOTE_TEXT };
export const AUTOSAVE_DELAY_MS = 800;

export type SaveState =
  | Readonly<{ kind: 'idle' }>
  | Readonly<{ kind: 'dirty' }>
  | Readonly<{ kind: 'saving' }>
  | Readonly<{ kind: 'saved'; at: Date }>
  | Readonly<{ kind: 'error'; code: ErrorCode | 'tooLong' }>;

export type DraftFields = Readonly<{
  body: string;
  kind: NoteKind;
  occurredAt: string;
  programmeId: number | null;
}>;

export type NoteAutosave = Readonly<{
  fields: DraftFields;
  noteId: number | null;
  state: SaveState;
  edit: (patch: Partial<DraftFields>) => void;
  /** Saves now if anything is unsaved; resolves true when the vault holds exactly what is shown. */
  flush: () => Promise<boolean>;
  /**
   * Throws the draft away: no further save, and the vault's draft (if it has one) deleted.
   * Resolves null when done, or the vault's error (the draft is then kept and saving goes on).
   */
  discard: () => Promise<IpcError | null>;
}>;

export function useNoteAutosave(
  participantId: number,
  initial: DraftFields,
  initialNoteId: number | null,
): NoteAutosave {
  // Each save goes through the table (stale-after.ts): a note's date is the person's last contact,
  // so their page and retention dates follow.
  const client = useQueryClient();
  const [fields, setFields] = useState(initial);
  const [noteId, setNoteId] = useState(initialNoteId);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  // Refs, because flush runs from timers, blur and the lock path, outside any render.
  const fieldsRef = useRef(initial);
  const noteIdRef = useRef(initialNoteId);
  const version = useRef(0);
  const savedVersion = useRef(0);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  // Set while a discard runs and after it: nothing may be saved (or re-created) any more.
  const discarded = useRef(false);

  const saveOnce = useCallback(async (): Promise<boolean> => {
    if (discarded.current) return true;
    const v = version.current;
    const f = fieldsRef.current;
    if (f.body.length > MAX_NOTE_TEXT) {
      setState({ kind: 'error', code: 'tooLong' });
      return false;
    }
    if (noteIdRef.current === null && (!f.body.trim() || f.programmeId === null)) {
      // Nothing worth a draft yet: an empty editor is not "unsaved".
      savedVersion.current = v;
      setState({ kind: 'idle' });
      return true;
    }
    setState({ kind: 'saving' });
    const result =
      noteIdRef.current === null
        ? await callVault(client, 'sessionNotes.createDraft', {
            participantId,
            programmeId: f.programmeId!,
            occurredAt: f.occurredAt,
            kind: f.kind,
            body: f.body,
          })
        : await callVault(client, 'sessionNotes.saveDraft', {
            id: noteIdRef.current,
            body: f.body,
            kind: f.kind,
            occurredAt: f.occurredAt,
          });
    if (!result.ok) {
      setState({ kind: 'error', code: result.error.code });
      return false;
    }
    if (noteIdRef.current === null) {
      noteIdRef.current = result.value.id;
      setNoteId(result.value.id);
    }
    savedVersion.current = v;
    // Typing during the save means the screen is ahead of the vault: not "saved" yet.
    setState(version.current === v ? { kind: 'saved', at: new Date() } : { kind: 'dirty' });
    return true;
  }, [participantId, client]);

  const flush = useCallback(async (): Promise<boolean> => {
    window.clearTimeout(timer.current);
    for (;;) {
      if (inFlight.current) {
        await inFlight.current;
        continue;
      }
      if (savedVersion.current === version.current) return true;
      inFlight.current = saveOnce();
      const ok = await inFlight.current;
      inFlight.current = null;
      if (!ok) return false;
    }
  }, [saveOnce]);

  const edit = useCallback(
    (patch: Partial<DraftFields>) => {
      fieldsRef.current = { ...fieldsRef.current, ...patch };
      setFields(fieldsRef.current);
      version.current += 1;
      setState({ kind: 'dirty' });
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  const discard = useCallback(async (): Promise<IpcError | null> => {
    window.clearTimeout(timer.current);
    discarded.current = true;
    // A save under way may be creating the draft: wait for its id.
    while (inFlight.current) await inFlight.current;
    const id = noteIdRef.current;
    if (id !== null) {
      const result = await callVault(client, 'sessionNotes.discardDraft', { id });
      if (!result.ok) {
        discarded.current = false;
        return result.error;
      }
    }
    savedVersion.current = version.current;
    setState({ kind: 'idle' });
    return null;
  }, [client]);

  // Leaving the page saves what is left; the timer must not fire into an unmounted screen.
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      if (savedVersion.current !== version.current) void flush();
    },
    [flush],
  );

  return { fields, noteId, state, edit, flush, discard };
}

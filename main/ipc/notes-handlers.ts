// Handlers for session notes and their templates: drafts, locking, addenda, reading a
// participant's notes. Each unwraps validated input and calls one function of domain/session-notes.ts
// or domain/templates.ts.
import {
  addAddendum,
  createDraft,
  discardDraft,
  getSessionNote,
  listParticipantNotes,
  lockNote,
  saveDraft,
} from '../domain/session-notes';
import { listTemplates, updateTemplate } from '../domain/templates';
import type { HandlerTable } from './core';

type NotesChannel = Extract<keyof HandlerTable, `sessionNotes.${string}` | `templates.${string}`>;

/** The notes feature's handlers, one per channel in NotesChannel. */
export type NotesHandlers = Pick<HandlerTable, NotesChannel>;

export const notesHandlers: NotesHandlers = {
  'sessionNotes.createDraft': async (core, i) => createDraft(core.vault.db, i, core.now()),
  'sessionNotes.saveDraft': async (core, i) => saveDraft(core.vault.db, i, core.now()),
  'sessionNotes.lock': async (core, i) => lockNote(core.vault.db, i.id, core.now()),
  'sessionNotes.discardDraft': async (core, i) => {
    discardDraft(core.vault.db, i.id);
    return {};
  },
  'sessionNotes.addAddendum': async (core, i) =>
    addAddendum(core.vault.db, i.noteId, i.body, core.now(), i.requestId ?? null),
  'sessionNotes.get': async (core, i) => getSessionNote(core.vault.db, i.id),
  'sessionNotes.listForParticipant': async (core, i) =>
    listParticipantNotes(core.vault.db, i.participantId, { limit: i.limit, before: i.before }),
  'templates.list': async (core, i) => listTemplates(core.vault.db, i.locale, core.now()),
  'templates.update': async (core, i) => updateTemplate(core.vault.db, i, core.now()),
};

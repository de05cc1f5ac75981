// The handler table: one function per contract channel, combined from each feature's own table
// (types in core.ts). Only this file knows every feature; no feature imports it.
import { importHandlers, type ImportHandlers } from '../import/handlers';
import { requestsHandlers, type RequestsHandlers } from '../requests/handlers';
import { caseloadHandlers, type CaseloadHandlers } from './caseload-handlers';
import { issuerHandlers, type IssuerHandlers } from './issuer-handlers';
import { notesHandlers, type NotesHandlers } from './notes-handlers';
import { profileHandlers, type ProfileHandlers } from './profile-handlers';
import { retentionHandlers, type RetentionHandlers } from './retention-handlers';
import { vaultHandlers, type VaultHandlers } from './vault-handlers';
import type { HandlerTable } from './core';

export type { Core, HandlerTable } from './core';

/** The features' tables together: assigning it to HandlerTable proves every channel is handled. */
type Combined = VaultHandlers &
  CaseloadHandlers &
  NotesHandlers &
  ProfileHandlers &
  RetentionHandlers &
  IssuerHandlers &
  RequestsHandlers &
  ImportHandlers;

/**
 * Merges the features' tables into one, as Actual Budget's server combines its feature apps.
 * Returns the merged table. Throws Error ("channel handled twice: <name>") when two features
 * claim the same channel, which a spread would silently let the later one win.
 */
function combine(...tables: readonly Readonly<Record<string, unknown>>[]): Combined {
  const out: Record<string, unknown> = {};
  for (const table of tables)
    for (const [channel, handler] of Object.entries(table)) {
      if (channel in out) throw new Error(`channel handled twice: ${channel}`);
      out[channel] = handler;
    }
  return out as Combined;
}

export const handlers: HandlerTable = combine(
  vaultHandlers,
  caseloadHandlers,
  notesHandlers,
  profileHandlers,
  retentionHandlers,
  issuerHandlers,
  requestsHandlers,
  importHandlers,
);

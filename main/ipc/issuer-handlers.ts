// Handlers for who issues certificates: the consultant's name and the organisation's name and
// address, kept in the vault (see domain/issuer.ts), so both channels need it unlocked.
import { readIssuer, saveIssuer } from '../domain/issuer';
import type { HandlerTable } from './core';

/** Who issues the certificates: its two channels. */
export type IssuerHandlers = Pick<HandlerTable, 'settings.issuer.get' | 'settings.issuer.save'>;

export const issuerHandlers: IssuerHandlers = {
  'settings.issuer.get': async (core) => readIssuer(core.vault.db),
  'settings.issuer.save': async (core, i) => saveIssuer(core.vault.db, i),
};

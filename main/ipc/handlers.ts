// The handler table: one function per contract channel, combined from each feature's own table
// (types in core.ts).
import { importHandlers } from '../import/handlers';
import { requestsHandlers } from '../requests/handlers';
import { caseloadHandlers } from './caseload-handlers';
import { issuerHandlers } from './issuer-handlers';
import { retentionHandlers } from './retention-handlers';
import { vaultHandlers } from './vault-handlers';
import type { HandlerTable } from './core';

export type { Core, HandlerTable } from './core';

export const handlers: HandlerTable = {
  ...vaultHandlers,
  ...caseloadHandlers,
  ...retentionHandlers,
  ...issuerHandlers,
  ...requestsHandlers,
  ...importHandlers,
};

// The requests feature's IPC handlers: thin, no SQL (register.ts holds it). The consultant who
// acts is the issuer's name from Settings once set, else the session's actor.
import { readIssuer } from '../domain/issuer';
import type { Core, HandlerTable } from '../ipc/handlers';
import { noteFinishing, shredContext } from '../ipc/retention-handlers';
import { localDate } from '../retention/calendar';
import { eraseOnRequest, reviewErasureRequest } from './erasure';
import {
  closeRequest,
  extendRequest,
  getRequest,
  listRequests,
  logRequest,
  recordIdentityCheck,
  requestCounts,
  startRequest,
} from './register';

type RequestsChannel = Extract<keyof HandlerTable, `requests.${string}`>;

const timeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
const actor = (core: Core) =>
  readIssuer(core.vault.db).consultantName || (core.actor ?? 'consultant');

export const requestsHandlers: Pick<HandlerTable, RequestsChannel> = {
  'requests.log': async (core, i) =>
    logRequest(
      core.vault.db,
      { ...i, today: localDate(core.now(), timeZone()) },
      actor(core),
      core.now(),
    ),
  'requests.list': async (core, i) => listRequests(core.vault.db, i, core.now(), timeZone()),
  'requests.recordIdentity': async (core, i) =>
    recordIdentityCheck(
      core.vault.db,
      i.id,
      { method: i.method, checkedBy: actor(core), checkedOn: i.checkedOn },
      core.now(),
    ),
  'requests.extend': async (core, i) =>
    extendRequest(
      core.vault.db,
      i.id,
      { months: i.months, reason: i.reason, toldOn: i.toldOn },
      core.now(),
    ),
  'requests.start': async (core, i) => {
    getRequest(core.vault.db, i.id);
    return startRequest(core.vault.db, i.id, core.now());
  },
  'requests.close': async (core, i) =>
    closeRequest(core.vault.db, i.id, { status: i.status, outcome: i.outcome }, core.now()),
  'requests.counts': async (core) => requestCounts(core.vault.db, core.now(), timeZone()),
  'requests.reviewErasure': async (core, i) => {
    const { keepConsentIds: _ids, ...review } = reviewErasureRequest(
      core.vault.db,
      i.requestId,
      core.now(),
      timeZone(),
    );
    return { ...review, keptByLaw: review.keptByLaw.map((k) => ({ ...k })) };
  },
  'requests.erase': async (core, i) => {
    const { record, finishing, partlyRefused } = await eraseOnRequest(shredContext(core), {
      requestId: i.requestId,
      typedName: i.typedName,
      paper: i.paper,
      refusalReason: i.refusalReason,
      timeZone: timeZone(),
    });
    noteFinishing(core, finishing);
    return { recordId: record.id, finishing, partlyRefused };
  },
};

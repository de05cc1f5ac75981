// The requests feature's IPC handlers: thin, no SQL (register.ts holds it). The consultant who
// acts is the issuer's name from Settings once set, else the session's actor.
import { actingConsultant } from '../domain/issuer';
import type { Core, HandlerTable } from '../ipc/core';
import { noteFinishing, shredContext, timeZone } from '../ipc/retention-handlers';
import { checkBackupFolder } from '../retention/backups';
import { localDate } from '../retention/calendar';
import { accessRequestReady, exportAccessCopy } from './access-copy';
import { listDisclosures, recipientsToNotify, recordDisclosure } from './disclosures';
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

type RequestsChannel = Extract<keyof HandlerTable, `requests.${string}` | `disclosures.${string}`>;

const actor = (core: Core) => actingConsultant(core.vault.db, core.actor);

/** The participants' rights feature's handlers: the request register and disclosures. */
export type RequestsHandlers = Pick<HandlerTable, RequestsChannel>;

export const requestsHandlers: RequestsHandlers = {
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
  'requests.exportAccessCopy': async (core, i) => {
    // Refused (identityNotChecked, requestClosed, …) before the dialog opens.
    const request = accessRequestReady(core.vault.db, i.requestId);
    const folder = core.pickFolder ? await core.pickFolder() : null;
    if (folder === null) return { outcome: 'cancelled' as const };
    const check = checkBackupFolder(folder);
    if (check !== 'ok')
      return {
        outcome: check === 'notWritable' ? ('notWritable' as const) : ('notAFolder' as const),
      };
    const copy = await exportAccessCopy(core.vault.db, {
      participantId: request.participantId!,
      locale: i.locale,
      requestId: request.id,
      folder,
      actor: actor(core),
      now: core.now(),
      timeZone: timeZone(),
    });
    return { outcome: 'exported' as const, fileName: copy.fileName, passphrase: copy.passphrase };
  },
  'disclosures.record': async (core, i) => {
    const d = recordDisclosure(
      core.vault.db,
      {
        participantId: i.participantId,
        recipient: i.recipient,
        sharedOn: i.sharedOn,
        legalBasis: i.legalBasis,
        purpose: i.purpose ?? '',
        documentIds: i.documentIds ?? [],
        today: localDate(core.now(), timeZone()),
      },
      actor(core),
      core.now(),
    );
    return { ...d, documents: d.documents.map((x) => ({ ...x })) };
  },
  'disclosures.list': async (core, i) =>
    listDisclosures(core.vault.db, i.participantId).map((d) => ({
      ...d,
      documents: d.documents.map((x) => ({ ...x })),
    })),
  'requests.reviewErasure': async (core, i) => {
    const { keepConsentIds: _ids, ...review } = reviewErasureRequest(
      core.vault.db,
      i.requestId,
      core.now(),
      timeZone(),
    );
    return {
      ...review,
      keptByLaw: review.keptByLaw.map((k) => ({ ...k })),
      recipientsToNotify: recipientsToNotify(core.vault.db, review.participantId),
    };
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

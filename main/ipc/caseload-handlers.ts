// Handlers for the caseload channels: each unwraps validated input and calls one domain function.
// Session notes and templates have their own table (notes-handlers.ts).
import { participantTasks } from '../domain/participant-tasks';
import { actingConsultant } from '../domain/issuer';
import { recipientsToNotify } from '../requests/disclosures';
import { currentRestriction, liftRestriction, restrictParticipant } from '../requests/restriction';
import { listCorrections, rectifyParticipant } from '../requests/rectification';
import {
  cachedNextDueDates,
  keepNextDueDatesAfterOwnWrite,
  nextDueDatesForPage,
} from '../retention/next-due-cache';
import {
  addAssessment,
  deleteAssessment,
  knownInstruments,
  listAssessments,
  updateAssessment,
} from '../domain/assessments';
import { caseloadCounts, listCaseload } from '../domain/caseload';
import { addConsent, listConsents, withdrawConsent } from '../domain/consents';
import {
  addDocument,
  deleteDocument,
  documentBytes,
  getDocument,
  listDocuments,
} from '../domain/documents';
import { endEnrolment, enrol, listEnrolments } from '../domain/enrolments';
import { createParticipant, getParticipant, revealNationalId } from '../domain/participants';
import {
  createProgramme,
  getProgramme,
  listProgrammes,
  updateProgramme,
} from '../domain/programmes';
import { search } from '../domain/search';
import type { Core, HandlerTable } from './core';

/** The caseload's channels: programmes, people, enrolments, documents, assessments, consents, search. */
type CaseloadChannel = Exclude<
  Extract<
    keyof HandlerTable,
    | `programmes.${string}`
    | `participants.${string}`
    | `enrolments.${string}`
    | `caseload.${string}`
    | `documents.${string}`
    | `assessments.${string}`
    | `consents.${string}`
    | `search.${string}`
  >,
  'documents.reconfirm' // a retention step: retention-handlers.ts
>;

/** The caseload feature's handlers, one per channel in CaseloadChannel. */
export type CaseloadHandlers = Pick<HandlerTable, CaseloadChannel>;

/** Who acts: the consultant named in Settings, else the session's actor (audit, trails). */
const actor = (core: Core) => actingConsultant(core.vault.db, core.actor);

const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export const caseloadHandlers: CaseloadHandlers = {
  'programmes.list': async (core, i) => listProgrammes(core.vault.db, i.status),
  'programmes.get': async (core, i) => getProgramme(core.vault.db, i.id),
  'programmes.create': async (core, i) => createProgramme(core.vault.db, i, core.now()),
  'programmes.update': async (core, { id, ...rest }) =>
    updateProgramme(core.vault.db, id, rest, core.now()),
  'participants.create': async (core, { programmeId, enrolledOn, ...input }) => {
    const db = core.vault.db;
    // Person and enrolment together, or neither.
    return db.transaction(() => {
      const saved = createParticipant(db, input, core.now());
      enrol(db, saved.participant.id, programmeId, enrolledOn);
      return saved;
    });
  },
  'participants.update': async (core, { id, reason, requestId, ...input }) => {
    const { participant, warnings, corrections } = rectifyParticipant(
      core.vault.db,
      id,
      input,
      { reason, requestId, actor: actor(core) },
      core.now(),
    );
    // Art. 19: the organisations to tell, when something was in fact corrected.
    return {
      participant,
      warnings,
      recipientsToNotify: corrections.length > 0 ? recipientsToNotify(core.vault.db, id) : [],
    };
  },
  'participants.corrections': async (core, i) => {
    getParticipant(core.vault.db, i.participantId);
    return listCorrections(core.vault.db, i.participantId);
  },
  'participants.get': async (core, i) => {
    const restriction = currentRestriction(core.vault.db, i.id);
    const participant = getParticipant(core.vault.db, i.id);
    return {
      ...participant,
      tasks: participantTasks(participant),
      restricted: restriction !== null,
      restriction: restriction && { ...restriction },
    };
  },
  'participants.restrict': async (core, i) => ({
    ...restrictParticipant(core.vault.db, i, actor(core), core.now()),
  }),
  'participants.liftRestriction': async (core, i) => {
    liftRestriction(core.vault.db, i, actor(core), core.now());
    return {};
  },
  'participants.revealNationalId': async (core, i) => ({
    value: revealNationalId(core.vault.db, i.id, i.purpose, actor(core), core.now()),
  }),
  'enrolments.list': async (core, i) => listEnrolments(core.vault.db, i.participantId),
  'enrolments.create': async (core, i) =>
    enrol(core.vault.db, i.participantId, i.programmeId, i.enrolledOn),
  'enrolments.end': async (core, i) =>
    endEnrolment(core.vault.db, i.participantId, i.programmeId, i.endedOn, i.status, {
      reason: i.reason,
      text: i.reasonText,
    }),
  'caseload.list': async (core, i) => {
    const db = core.vault.db;
    if (i.sort !== 'nextDue') {
      // Only this page's people need their next-due date.
      const page = listCaseload(db, i, null);
      const ids = page.rows.map((r) => r.id);
      const dates = nextDueDatesForPage(db, core.now(), zone(), ids);
      return {
        ...page,
        rows: page.rows.map((r) => ({ ...r, nextDueOn: dates.get(r.id) ?? null })),
      };
    }
    const page = listCaseload(db, i, cachedNextDueDates(db, core.now(), zone()));
    keepNextDueDatesAfterOwnWrite(db, core.now(), zone());
    return page;
  },
  'caseload.counts': async (core) => caseloadCounts(core.vault.db),
  'documents.add': async (core, { contentBase64, ...i }) =>
    addDocument(core.vault.db, { ...i, bytes: Buffer.from(contentBase64, 'base64') }, core.now()),
  'documents.list': async (core, i) => listDocuments(core.vault.db, i.participantId),
  'documents.content': async (core, i) => ({
    document: getDocument(core.vault.db, i.id),
    contentBase64: Buffer.from(documentBytes(core.vault.db, i.id)).toString('base64'),
  }),
  'documents.delete': async (core, i) => {
    deleteDocument(core.vault.db, i.id, actor(core), core.now());
    return {};
  },
  'assessments.add': async (core, i) => addAssessment(core.vault.db, i, core.now()),
  'assessments.update': async (core, i) => updateAssessment(core.vault.db, i),
  'assessments.delete': async (core, i) => {
    deleteAssessment(core.vault.db, i.id, actor(core), core.now());
    return {};
  },
  'assessments.list': async (core, i) => listAssessments(core.vault.db, i.participantId),
  'assessments.instruments': async (core) => knownInstruments(core.vault.db),
  'consents.add': async (core, i) => addConsent(core.vault.db, i),
  'consents.withdraw': async (core, i) => withdrawConsent(core.vault.db, i.id, i.withdrawnOn),
  'consents.list': async (core, i) => listConsents(core.vault.db, i.participantId),
  'search.query': async (core, i) => search(core.vault.db, i.text, i.limit ?? 30),
};

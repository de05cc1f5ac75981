// Tasks a participant's record shows until someone does them. Derived from the record itself,
// so a task can never outlive its cause or be forgotten: it goes when the data is complete.
// Renderer-safe: no node:*.

/**
 * emailMissing: the Danish procedure (seeds/, the job centre's list "for enrolment and
 * invoicing") needs an e-mail for each participant; a list may lack it, so the person is
 * imported with this task until an address is saved.
 */
export const PARTICIPANT_TASKS = ['emailMissing'] as const;
export type ParticipantTask = (typeof PARTICIPANT_TASKS)[number];

/** The open tasks on a participant record, in PARTICIPANT_TASKS order. */
export function participantTasks(participant: Readonly<{ email: string }>): ParticipantTask[] {
  return participant.email.trim() === '' ? ['emailMissing'] : [];
}

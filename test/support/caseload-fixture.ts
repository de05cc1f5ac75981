// A vault with one Danish programme, one participant with a valid CPR, enrolled: the usual start of a domain test.
import { createParticipant } from '../../main/domain/participants';
import { createProgramme } from '../../main/domain/programmes';
import { enrol } from '../../main/domain/enrolments';
import { createDraft } from '../../main/domain/session-notes';
import type { Vault } from '../../main/vault/vault';

export const NOW = new Date('2026-11-22T10:00:00Z');

export function danishCase(vault: Vault) {
  const programme = createProgramme(
    vault.db,
    {
      name: 'Jobsøgning efterår',
      funder: 'Jobcenter Aarhus',
      country: 'DK',
      startsOn: '2026-09-01',
      endsOn: '2026-12-31',
    },
    NOW,
  );
  const { participant } = createParticipant(
    vault.db,
    {
      givenName: 'Søren',
      familyName: 'Ærø',
      nationalId: { country: 'DK', value: '070761-4285' },
      email: 'soeren@example.dk',
      phone: '+45 12 34 56 78',
    },
    NOW,
  );
  enrol(vault.db, participant.id, programme.id, '2026-09-01');
  return { programme, participant };
}

/** A meeting note (a draft) on 2026-11-20 for danishCase's person and programme, with `body`. */
export function meetingNote(
  vault: Vault,
  { programme, participant }: ReturnType<typeof danishCase>,
  body: string,
) {
  return createDraft(
    vault.db,
    {
      participantId: participant.id,
      programmeId: programme.id,
      occurredAt: '2026-11-20',
      kind: 'meeting',
      body,
    },
    NOW,
  );
}

// One programme and one enrolled participant whose session notes tests write and read back
// through the domain functions: the ground for vault, key and backup tests that need real notes.
import { seedCpr } from '../../main/cli/seed-caseload';
import { seedNoteText, seededRandom } from '../../main/cli/seed-text';
import { enrol } from '../../main/domain/enrolments';
import { createParticipant, findByNationalId } from '../../main/domain/participants';
import { createProgramme, listProgrammes } from '../../main/domain/programmes';
import {
  createDraft,
  listParticipantNotes,
  type SessionNote,
} from '../../main/domain/session-notes';
import type { Database } from '../../main/vault/database';

const PROGRAMME = 'Forløb Noter';
const CPR = seedCpr(900_000);

export type NoteCase = Readonly<{ participantId: number; programmeId: number }>;

/** The case's programme and participant in this vault, or null before the first note. */
export function findNoteCase(db: Database): NoteCase | null {
  const participantId = findByNationalId(db, { country: 'DK', value: CPR });
  const programme = listProgrammes(db).find((p) => p.name === PROGRAMME);
  return participantId !== null && programme ? { participantId, programmeId: programme.id } : null;
}

/** The case's programme and participant, created (enrolled) on first use in this vault. */
export function noteCase(db: Database): NoteCase {
  const found = findNoteCase(db);
  if (found) return found;
  const at = new Date('2026-01-05T09:00:00Z');
  return db.transaction(() => {
    const programmeId = createProgramme(
      db,
      {
        name: PROGRAMME,
        funder: 'Jobcenter Aarhus',
        country: 'DK',
        startsOn: '2026-01-05',
        endsOn: '2027-06-30',
      },
      at,
    ).id;
    const { participant } = createParticipant(
      db,
      {
        givenName: 'Mette',
        familyName: 'Østergaard',
        nationalId: { country: 'DK', value: CPR },
        email: 'mette@example.dk',
      },
      at,
    );
    enrol(db, participant.id, programmeId, '2026-01-05');
    return { participantId: participant.id, programmeId };
  });
}

/** A session note (a draft, kind meeting) in the case's enrolment; `now` is also when it took place. */
export function writeNote(db: Database, body: string, now = new Date()): SessionNote {
  const { participantId, programmeId } = noteCase(db);
  return createDraft(
    db,
    { participantId, programmeId, occurredAt: now.toISOString(), kind: 'meeting', body },
    now,
  );
}

/** Every session note of the case, oldest first, read page by page as the timeline reads them. */
export function caseNotes(db: Database): SessionNote[] {
  const found = findNoteCase(db);
  if (!found) return [];
  const { participantId } = found;
  const notes: SessionNote[] = [];
  let before: { occurredAt: string; id: number } | undefined;
  for (;;) {
    const page = listParticipantNotes(db, participantId, { limit: 500, before });
    notes.push(...page.notes);
    if (!page.next) return notes.reverse();
    before = page.next;
  }
}

/** The bodies of the case's session notes, oldest first. */
export function caseNoteBodies(db: Database): string[] {
  return caseNotes(db).map((n) => n.body);
}

/**
 * `count` session notes of realistic Danish and Norwegian text in the case's enrolment, 1,000 to a
 * transaction; returns their bodies in the order written (caseNoteBodies reads them back so).
 */
export function writeNotes(db: Database, count: number, now = new Date()): string[] {
  const random = seededRandom(count);
  const bodies = Array.from({ length: count }, (_, i) => seedNoteText(i, random));
  const { participantId, programmeId } = noteCase(db);
  for (let start = 0; start < count; start += 1000) {
    db.transaction(() => {
      for (let i = start; i < Math.min(count, start + 1000); i++) {
        // One second apart, so the timeline's order is the order written.
        const at = new Date(now.getTime() - (count - i) * 1000).toISOString();
        createDraft(
          db,
          { participantId, programmeId, occurredAt: at, kind: 'meeting', body: bodies[i]! },
          now,
        );
      }
    });
  }
  return bodies;
}

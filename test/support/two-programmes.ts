// Two programmes with marked participants, one person in both: the ground for close-out tests.
import { addAssessment } from '../../main/domain/assessments';
import { addConsent } from '../../main/domain/consents';
import { addDocument } from '../../main/domain/documents';
import { enrol } from '../../main/domain/enrolments';
import { createParticipant } from '../../main/domain/participants';
import { createProgramme } from '../../main/domain/programmes';
import { revealNationalId } from '../../main/domain/participants';
import { addAddendum, createDraft, lockNote } from '../../main/domain/session-notes';
import { seedCpr } from '../../main/cli/seed-caseload';
import type { Database } from '../../main/vault/database';

export const NOW = new Date('2026-11-22T10:00:00Z');

/** Markers that must vanish with programme A, and ones that must stay with programme B. */
export type Marked = {
  gone: string[];
  kept: string[];
  a: number;
  b: number;
  shared: number;
  onlyA: number[];
  onlyB: number[];
};

export function twoProgrammes(db: Database, perProgramme = 5, notesEach = 4): Marked {
  const a = createProgramme(
    db,
    {
      name: 'Forløb Alfa',
      funder: 'Jobcenter Aarhus',
      country: 'DK',
      startsOn: '2026-01-01',
      endsOn: '2026-10-31',
    },
    NOW,
  ).id;
  const b = createProgramme(
    db,
    {
      name: 'Forløb Beta',
      funder: 'Jobcenter Odense',
      country: 'DK',
      startsOn: '2026-03-01',
      endsOn: '2027-06-30',
    },
    NOW,
  ).id;
  const marked: Marked = { gone: [], kept: [], a, b, shared: 0, onlyA: [], onlyB: [] };
  let serial = 0;
  const person = (programmes: number[], tag: string, list: string[]) => {
    const cpr = seedCpr(5000 + serial++);
    const family = `Fam${tag}qz`;
    const { participant } = createParticipant(
      db,
      {
        givenName: `Giv${tag}xq`,
        familyName: family,
        nationalId: { country: 'DK', value: cpr },
        email: `${tag.toLowerCase()}@example.dk`,
      },
      NOW,
    );
    list.push(family, cpr, `${tag.toLowerCase()}@example.dk`);
    for (const p of programmes) enrol(db, participant.id, p, '2026-03-01');
    revealNationalId(db, participant.id, 'reveal', 'kb', NOW);
    return participant.id;
  };
  const notes = (participantId: number, programmeId: number, tag: string, list: string[]) => {
    for (let i = 0; i < notesEach; i++) {
      const marker = `NOTE${tag}${i}mk`;
      list.push(marker);
      const note = createDraft(
        db,
        {
          participantId,
          programmeId,
          occurredAt: `2026-0${3 + (i % 6)}-1${i}T10:00:00Z`,
          kind: 'meeting',
          body: `Samtale ${marker} om jobsøgning og ansøgninger`,
        },
        NOW,
      );
      if (i % 2 === 0) {
        lockNote(db, note.id, NOW);
        const addendum = `ADD${tag}${i}mk`;
        list.push(addendum);
        addAddendum(db, note.id, `Tilføjelse ${addendum}`, NOW);
      }
    }
    const summary = `SUM${tag}mk`;
    list.push(summary);
    addAssessment(
      db,
      {
        participantId,
        programmeId,
        provider: 'MASTER Danmark',
        instrument: 'MPA',
        takenOn: '2026-04-01',
        scores: [{ name: 'Struktur', value: 6, min: 0, max: 10 }],
        summary: `Profil ${summary}`,
        reportDocumentId: null,
      },
      NOW,
    );
    const doc = `DOC${tag}mk`;
    list.push(doc);
    addDocument(
      db,
      {
        participantId,
        programmeId,
        kind: 'cv',
        fileName: `cv.pdf`,
        mimeType: 'application/pdf',
        bytes: Buffer.from(`%PDF-1.4 ${doc} curriculum vitae`),
      },
      NOW,
    );
  };
  for (let i = 0; i < perProgramme; i++) {
    const tagA = `A${i}`;
    const idA = person([a], tagA, marked.gone);
    marked.onlyA.push(idA);
    notes(idA, a, tagA, marked.gone);
    addConsent(db, {
      participantId: idA,
      purpose: `CON${tagA}mk`,
      legalBasis: 'Samtykke',
      givenOn: '2026-03-01',
    });
    marked.gone.push(`CON${tagA}mk`);
    const tagB = `B${i}`;
    const idB = person([b], tagB, marked.kept);
    marked.onlyB.push(idB);
    notes(idB, b, tagB, marked.kept);
  }
  // In both: their A notes go, their B notes and their person stay.
  marked.shared = person([a, b], 'S', marked.kept);
  notes(marked.shared, a, 'SA', marked.gone);
  notes(marked.shared, b, 'SB', marked.kept);
  return marked;
}

// The ground for category-purge tests: the Norwegian "conversation notes 3 years after last
// contact" falls due for a person still enrolled in an active Danish programme.
import { addAssessment } from '../../main/domain/assessments';
import { addConsent } from '../../main/domain/consents';
import { addDocument } from '../../main/domain/documents';
import { enrol } from '../../main/domain/enrolments';
import { createParticipant } from '../../main/domain/participants';
import { createProgramme } from '../../main/domain/programmes';
import { addAddendum, createDraft, lockNote } from '../../main/domain/session-notes';
import type { Database } from '../../main/vault/database';

export const NOW = new Date('2026-11-22T10:00:00Z');
export const ZONE = 'Europe/Oslo';
export const TABLES = [
  'participants',
  'enrolments',
  'notes',
  'note_addenda',
  'assessments',
  'documents',
  'document_contents',
  'consents',
  'audit_log',
] as const;

export type Ground = { person: number; other: number; gone: string[]; kept: string[]; key: string };

/**
 * Kari: enrolled in a Norwegian programme that ended in 2022 (notes from 2022, two with addenda)
 * and in an active Danish one (an old note there, an assessment, a CV, a consent). Ola: only in
 * the Norwegian programme, with recent notes (nothing of his is due).
 */
export function ground(db: Database): Ground {
  const no = createProgramme(
    db,
    {
      name: 'Veiledning Bergen',
      funder: 'NAV Vestland',
      country: 'NO',
      startsOn: '2022-01-01',
      endsOn: '2022-12-31',
    },
    NOW,
  ).id;
  const dk = createProgramme(
    db,
    {
      name: 'Forløb Nord',
      funder: 'Jobcenter Aalborg',
      country: 'DK',
      startsOn: '2021-01-01',
      endsOn: '2027-06-30',
    },
    NOW,
  ).id;
  const gone: string[] = [];
  const kept: string[] = [];
  const person = createParticipant(
    db,
    {
      givenName: 'Kari',
      familyName: 'Nordmannqz',
      nationalId: { country: 'none' },
      email: 'kari@example.no',
    },
    NOW,
  ).participant.id;
  enrol(db, person, no, '2022-01-10');
  enrol(db, person, dk, '2021-02-01');
  const note = (
    participantId: number,
    programmeId: number,
    at: string,
    marker: string,
    addendum?: string,
  ) => {
    const n = createDraft(
      db,
      {
        participantId,
        programmeId,
        occurredAt: at,
        kind: 'meeting',
        body: `Samtale ${marker} om jobbsøking`,
      },
      NOW,
    );
    if (addendum) {
      lockNote(db, n.id, NOW);
      addAddendum(db, n.id, `Tillegg ${addendum}`, NOW);
    }
  };
  note(person, no, '2022-03-01T10:00:00Z', 'OLDNOTE1mk', 'OLDADD1mk');
  note(person, no, '2022-05-01T10:00:00Z', 'OLDNOTE2mk');
  note(person, no, '2022-09-01T10:00:00Z', 'OLDNOTE3mk', 'OLDADD3mk');
  gone.push('OLDNOTE1mk', 'OLDNOTE2mk', 'OLDNOTE3mk', 'OLDADD1mk', 'OLDADD3mk');
  // Older still, but the Danish programme's note: its rules (until that programme ends) keep it.
  note(person, dk, '2021-06-01T10:00:00Z', 'DKNOTEmk', 'DKADDmk');
  kept.push('DKNOTEmk', 'DKADDmk', 'Nordmannqz', 'kari@example.no');
  addAssessment(
    db,
    {
      participantId: person,
      programmeId: dk,
      provider: 'MASTER Danmark',
      instrument: 'MPA',
      takenOn: '2021-04-01',
      scores: [{ name: 'Struktur', value: 6, min: 0, max: 10 }],
      summary: 'Profil ASSESSmk',
      reportDocumentId: null,
    },
    NOW,
  );
  addDocument(
    db,
    {
      participantId: person,
      programmeId: dk,
      kind: 'cv',
      fileName: 'cv.pdf',
      mimeType: 'application/pdf',
      bytes: Buffer.from('%PDF-1.4 CVKEPTmk curriculum vitae'),
    },
    NOW,
  );
  addConsent(db, {
    participantId: person,
    purpose: 'CONSENTmk',
    legalBasis: 'Samtykke',
    givenOn: '2021-02-01',
  });
  kept.push('ASSESSmk', 'CVKEPTmk', 'CONSENTmk');
  const other = createParticipant(
    db,
    {
      givenName: 'Ola',
      familyName: 'Bergqz',
      nationalId: { country: 'none' },
      email: 'ola@example.no',
    },
    NOW,
  ).participant.id;
  enrol(db, other, no, '2022-01-10');
  note(other, no, '2026-10-01T10:00:00Z', 'OLANOTEmk', 'OLAADDmk');
  kept.push('OLANOTEmk', 'OLAADDmk', 'Bergqz');
  return { person, other, gone, kept, key: `lastContact:sessionNotes:participant:${person}` };
}

export function rowCounts(db: Database): Record<string, number> {
  return Object.fromEntries(
    TABLES.map((t) => [t, Number(db.prepare(`SELECT count(*) AS n FROM ${t}`).get()?.n ?? 0)]),
  );
}

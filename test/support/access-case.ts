// A vault holding something of every kind about two people (one in a Danish programme, one in a
// Norwegian one): notes with an addendum, an assessment with scores, a consent, documents with
// clashing names, a national-ID reveal in the audit, a correction, a postponement, access
// requests, and a restriction of the Norwegian person's data. The markers are random per run, so
// a leak scan never finds another test's text.
import { randomBytes } from 'node:crypto';
import { addAssessment } from '../../main/domain/assessments';
import { addConsent } from '../../main/domain/consents';
import { addDocument, type DocumentInfo } from '../../main/domain/documents';
import { enrol } from '../../main/domain/enrolments';
import { saveIssuer } from '../../main/domain/issuer';
import { createParticipant, revealNationalId } from '../../main/domain/participants';
import { createProgramme } from '../../main/domain/programmes';
import { saveProfile, setProfilePhoto } from '../../main/domain/profile';
import { addAddendum, createDraft, lockNote } from '../../main/domain/session-notes';
import { rectifyParticipant } from '../../main/requests/rectification';
import { logRequest, recordIdentityCheck } from '../../main/requests/register';
import { restrictParticipant } from '../../main/requests/restriction';
import type { Database } from '../../main/vault/database';

export const CASE_NOW = new Date('2026-11-22T10:00:00Z');
export const ACCESS_NOW = new Date('2026-11-29T10:00:00Z');

const run = randomBytes(4).toString('hex');
export const MARKERS = {
  note: `NOTATMARKØR${run}`,
  addendum: `TILFØJELSE${run}`,
  summary: `PROFILSUMMARY${run}`,
  document: `CVBYTES${run}`,
} as const;
/** What must never be found in plaintext outside the encrypted copy. */
export const LEAK_MARKERS: readonly string[] = Object.values(MARKERS);

export type AccessCase = Readonly<{
  danish: number;
  norwegian: number;
  documents: readonly DocumentInfo[];
  checkedRequest: number;
  uncheckedRequest: number;
}>;

export function accessCase(db: Database): AccessCase {
  saveIssuer(db, {
    consultantName: 'Kirsten Bang',
    organisationName: 'Karrierehuset ApS',
    organisationAddress: 'Vestergade 1\n8000 Aarhus C',
  });
  const dk = createProgramme(
    db,
    {
      name: 'Jobsøgning efterår',
      funder: 'Jobcenter Aarhus',
      country: 'DK',
      startsOn: '2026-09-01',
      endsOn: '2026-12-31',
    },
    CASE_NOW,
  );
  const no = createProgramme(
    db,
    {
      name: 'Jobbklar Vest',
      funder: 'NAV Vestland',
      country: 'NO',
      startsOn: '2026-08-01',
      endsOn: '2027-06-30',
    },
    CASE_NOW,
  );
  const danish = createParticipant(
    db,
    {
      givenName: 'Søren',
      familyName: 'Ærø-Łukasz',
      nationalId: { country: 'DK', value: '070761-4285' },
      email: 'soeren@example.dk',
      phone: '+45 12 34 56 78',
      address: 'Åboulevarden 3, 8000 Aarhus C',
    },
    CASE_NOW,
  ).participant.id;
  const norwegian = createParticipant(
    db,
    {
      givenName: 'Máret',
      familyName: 'Ŋuolja',
      nationalId: { country: 'NO', value: '13097248022' },
      email: 'maret@example.no',
    },
    CASE_NOW,
  ).participant.id;
  enrol(db, danish, dk.id, '2026-09-01');
  // A recruitment profile with every field, and its photo (a PNG's first bytes are enough).
  saveProfile(
    db,
    danish,
    {
      dateOfBirth: '1961-07-07',
      maritalStatus: 'married',
      gender: 'male',
      nationality: 'dansk',
      workExperience: ['Lagerchef, Salling Group 2010–2025'],
      references: ['Mette Holm, driftschef'],
      qualifications: ['Truckcertifikat'],
      certificates: ['Førstehjælp 2024'],
      languages: ['Dansk', 'Engelsk', 'Polsk'],
      evaluations: ['Kompetenceafklaring: stærk i planlægning'],
      availableFrom: '2027-01-01',
      availability: 'Fuld tid',
      salary: { amount: 38_000, currency: 'DKK', period: 'month' },
    },
    CASE_NOW,
  );
  setProfilePhoto(
    db,
    danish,
    { mimeType: 'image/png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 7]) },
    CASE_NOW,
  );
  enrol(db, norwegian, no.id, '2026-08-15');

  for (const [person, programme] of [
    [danish, dk.id],
    [norwegian, no.id],
  ] as const) {
    const note = createDraft(
      db,
      {
        participantId: person,
        programmeId: programme,
        occurredAt: '2026-11-20T09:00:00.000Z',
        kind: 'meeting',
        body: `Samtale om jobsøgning. ${MARKERS.note} Næste skridt: tre ansøgninger.`,
      },
      CASE_NOW,
    );
    lockNote(db, note.id, CASE_NOW);
    addAddendum(db, note.id, `Rettelse: ${MARKERS.addendum}`, CASE_NOW);
    createDraft(
      db,
      {
        participantId: person,
        programmeId: programme,
        occurredAt: '2026-11-21T09:00:00.000Z',
        kind: 'phone',
        body: 'Kladde til næste samtale.',
      },
      CASE_NOW,
    );
    addAssessment(
      db,
      {
        participantId: person,
        programmeId: programme,
        provider: 'MASTER Danmark',
        instrument: 'MASTER Person Analysis',
        takenOn: '2026-10-01',
        scores: [
          { name: 'Drivkraft', value: 7, min: 0, max: 10 },
          { name: 'Samarbejde', value: 5.5, min: 0, max: 10 },
          { name: 'Struktur', value: 3, min: 1, max: 5 },
        ],
        summary: `Stærk drivkraft. ${MARKERS.summary}`,
        reportDocumentId: null,
      },
      CASE_NOW,
    );
    addConsent(db, {
      participantId: person,
      purpose: 'Deling af CV med arbejdsgivere',
      legalBasis: 'Samtykke (art. 6(1)(a))',
      givenOn: '2026-09-02',
    });
    revealNationalId(db, person, 'reveal', 'Kirsten Bang', CASE_NOW);
  }

  const documents = (
    [
      ['cv', 'CV Søren Ærø.pdf', 'application/pdf'],
      ['application', 'Ansøgning.docx', 'application/octet-stream'],
      ['cv', 'CV Søren Ærø.pdf', 'application/pdf'],
      ['other', 'data.json', 'application/json'],
    ] as const
  ).map(([kind, fileName, mimeType], i) =>
    addDocument(
      db,
      {
        participantId: danish,
        programmeId: dk.id,
        kind,
        fileName,
        mimeType,
        bytes: Buffer.from(`%PDF-1.4 document ${i} ${MARKERS.document} ${'x'.repeat(i * 100)}`),
      },
      CASE_NOW,
    ),
  );

  const checkedRequest = logRequest(
    db,
    {
      participantId: danish,
      kind: 'access',
      channel: 'letter',
      receivedOn: '2026-11-02',
      today: '2026-11-22',
    },
    'Kirsten Bang',
    CASE_NOW,
  ).id;
  recordIdentityCheck(
    db,
    checkedRequest,
    { method: 'idDocumentSeen', checkedBy: 'Kirsten Bang', checkedOn: '2026-11-03' },
    CASE_NOW,
  );
  const uncheckedRequest = logRequest(
    db,
    {
      participantId: norwegian,
      kind: 'access',
      channel: 'email',
      receivedOn: '2026-11-10',
      today: '2026-11-22',
    },
    'Kirsten Bang',
    CASE_NOW,
  ).id;
  rectifyParticipant(
    db,
    danish,
    {
      givenName: 'Søren',
      familyName: 'Ærø-Łukasz',
      nationalId: { country: 'DK', value: '070761-4285' },
      email: 'soeren.aeroe@example.dk',
      phone: '+45 12 34 56 78',
      address: 'Åboulevarden 3, 8000 Aarhus C',
    },
    { reason: 'Ny e-mail oplyst i telefonen', actor: 'Kirsten Bang' },
    CASE_NOW,
  );
  db.prepare(
    `INSERT INTO retention_postponements (item_key, reason, until, recorded_at, actor)
     VALUES (?, 'Afventer svar fra jobcentret', '2026-12-20', ?, 'Kirsten Bang')`,
  ).run([`lastContact:sessionNotes:participant:${danish}`, CASE_NOW.toISOString()]);
  restrictParticipant(
    db,
    { participantId: norwegian, reason: 'Bestrider at opplysningene er riktige' },
    'Kirsten Bang',
    CASE_NOW,
  );
  return { danish, norwegian, documents, checkedRequest, uncheckedRequest };
}

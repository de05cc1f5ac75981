// Seeds a realistic caseload (programmes, participants with valid national IDs, notes, documents)
// through the domain functions, so seeded data obeys every rule real data does.
import { addDocument } from '../domain/documents';
import { enrol } from '../domain/enrolments';
import { createParticipant } from '../domain/participants';
import { createProgramme } from '../domain/programmes';
import { createDraft, lockNote } from '../domain/session-notes';
import type { Database } from '../vault/database';
import { seedNoteText, seededRandom } from './seed-text';
import { type Country } from '../domain/vocabulary';

export type CaseloadSeed = Readonly<{
  participants: number;
  notes: number;
  documents: number;
  marker?: string | undefined;
}>;

const GIVEN = [
  'Søren',
  'Mette',
  'Ole',
  'Åse',
  'Bjørn',
  'Ingrid',
  'Jens',
  'Kari',
  'Mads',
  'Sigrid',
  'Lars',
  'Anne',
  'Ærling',
  'Hanne',
  'Torbjørn',
  'Line',
];
const FAMILY = [
  'Jensen',
  'Hansen',
  'Nielsen',
  'Pedersen',
  'Olsen',
  'Johansen',
  'Larsen',
  'Berg',
  'Haugen',
  'Dahl',
  'Østergaard',
  'Lund',
  'Bakke',
  'Møller',
  'Sørensen',
  'Aasen',
];
const FUNDERS_DK = [
  'Jobcenter Aarhus',
  'Jobcenter København',
  'Jobcenter Odense',
  'Jobcenter Aalborg',
];
const FUNDERS_NO = ['NAV Vest', 'NAV Oslo', 'NAV Trøndelag', 'NAV Agder'];
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/**
 * The i-th valid CPR (modulus 11 holds), distinct for every i below ~3 million: 10 digits, a
 * birth date in the 1900s (day 1–28). Throws Error ('no CPR') if no serial fits, which the
 * modulus rule makes impossible for a day with 10,000 serials.
 */
export function seedCpr(i: number): string {
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  const yy = 50 + (Math.floor(i / 336) % 40);
  const head = `${pad(day)}${pad(month)}${pad(yy)}`;
  for (let serial = (Math.floor(i / 13440) % 300) * 30; serial < 10000; serial++) {
    const digits = head + String(serial).padStart(4, '0');
    if (digits[6]! > '3') continue; // keep the 1900s so the date is never in the future
    const w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
    if (w.reduce((s, x, k) => s + x * Number(digits[k]), 0) % 11 === 0) return digits;
  }
  throw new Error('no CPR');
}

/**
 * The i-th valid Norwegian fødselsnummer (individual numbers 000–499, 1900s): 11 digits, both
 * control digits right. Throws Error ('no fnr') if no individual number fits the day.
 */
export function seedFnr(i: number): string {
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  const yy = 50 + (Math.floor(i / 336) % 40);
  for (let ind = Math.floor(i / 13440) % 500; ind < 500; ind++) {
    const d = `${pad(day)}${pad(month)}${pad(yy)}${String(ind).padStart(3, '0')}`
      .split('')
      .map(Number);
    const k1 = control(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    if (k1 === null) continue;
    const k2 = control([...d, k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k2 === null) continue;
    return [...d, k1, k2].join('');
  }
  throw new Error('no fnr');
}

/**
 * Seeds a test caseload through the domain functions: max(2, ⌈participants / 500⌉) programmes
 * (Danish and Norwegian by turns), `participants` people with valid national IDs enrolled in one
 * (one in ten in two), `notes` session notes in their enrolments (80 % locked; `marker` inside
 * one of them) and `documents` small PDFs. Deterministic for the same sizes; a second seeding in
 * the same vault continues the national-ID series. `now`: the instant recorded as written.
 * Returns the new programmes' ids and how many participants were written.
 * @throws Error if `participants` is 0 while `notes` or `documents` is not (nobody to hold them);
 * DomainError from the domain functions (e.g. duplicateNationalId if the vault already holds a
 * seeded ID out of series).
 */
export function seedCaseload(
  db: Database,
  seed: CaseloadSeed,
  now = new Date(),
): { programmes: number[]; participants: number } {
  if (seed.participants < 1 && (seed.notes > 0 || seed.documents > 0))
    throw new Error('notes and documents need at least one participant to belong to');
  const random = seededRandom(seed.participants * 31 + seed.notes);
  const programmes: { id: number; country: Country }[] = [];
  // 500 people a programme: the size of a large job-centre contract.
  const programmeCount = Math.max(2, Math.ceil(seed.participants / 500));
  db.transaction(() => {
    for (let i = 0; i < programmeCount; i++) {
      const country = i % 2 === 0 ? 'DK' : 'NO';
      const funders = country === 'DK' ? FUNDERS_DK : FUNDERS_NO;
      const start = new Date(Date.UTC(2026, i % 12, 1));
      const end = new Date(Date.UTC(2026, (i % 12) + 6, 0));
      const p = createProgramme(
        db,
        {
          name: `${country === 'DK' ? 'Forløb' : 'Program'} ${i + 1}`,
          funder: funders[i % funders.length]!,
          country,
          startsOn: start.toISOString().slice(0, 10),
          endsOn: end.toISOString().slice(0, 10),
        },
        now,
      );
      programmes.push({ id: p.id, country });
    }
  });
  const enrolledIn: number[][] = [];
  // A second seeding into the same vault continues the national-ID series instead of repeating it.
  const first = Number(db.prepare('SELECT count(*) AS n FROM participants').get()?.n ?? 0);
  for (let start = 0; start < seed.participants; start += 500) {
    db.transaction(() => {
      for (let i = start; i < Math.min(seed.participants, start + 500); i++) {
        const programme = programmes[i % programmes.length]!;
        const given = GIVEN[Math.floor(random() * GIVEN.length)]!;
        const family = FAMILY[Math.floor(random() * FAMILY.length)]!;
        const { participant } = createParticipant(
          db,
          {
            givenName: given,
            familyName: family,
            nationalId: {
              country: programme.country,
              value: programme.country === 'DK' ? seedCpr(first + i) : seedFnr(first + i),
            },
            email: `deltager${i}@example.org`,
            phone: `+45 ${String(20000000 + i)}`,
          },
          now,
        );
        enrol(db, participant.id, programme.id, '2026-01-05');
        const ids = [programme.id];
        // One in ten is also in a second programme, as happens when a person is referred twice.
        if (i % 10 === 5) {
          const other = programmes[(i + 1) % programmes.length]!;
          enrol(db, participant.id, other.id, '2026-02-02');
          ids.push(other.id);
        }
        enrolledIn[participant.id] = ids;
      }
    });
  }
  const participantIds = Object.keys(enrolledIn).map(Number);
  const markerAt = seed.marker ? Math.floor(random() * seed.notes) : -1;
  for (let start = 0; start < seed.notes; start += 1000) {
    db.transaction(() => {
      for (let n = start; n < Math.min(seed.notes, start + 1000); n++) {
        const pid = participantIds[Math.floor(random() * participantIds.length)]!;
        const progs = enrolledIn[pid]!;
        const when = new Date(
          Date.UTC(
            2026,
            Math.floor(random() * 10),
            1 + Math.floor(random() * 28),
            8 + Math.floor(random() * 9),
          ),
        );
        const text = seedNoteText(n, random);
        const note = createDraft(
          db,
          {
            participantId: pid,
            programmeId: progs[Math.floor(random() * progs.length)]!,
            occurredAt: when.toISOString(),
            kind: (['meeting', 'phone', 'email', 'other'] as const)[n % 4]!,
            body: n === markerAt ? `${text} ${seed.marker}` : text,
          },
          now,
        );
        // Most notes of past sessions are locked; the newest stay drafts.
        if (random() < 0.8) lockNote(db, note.id, now);
      }
    });
  }
  for (let start = 0; start < seed.documents; start += 200) {
    db.transaction(() => {
      for (let d = start; d < Math.min(seed.documents, start + 200); d++) {
        const pid = participantIds[Math.floor(random() * participantIds.length)]!;
        addDocument(
          db,
          {
            participantId: pid,
            programmeId: enrolledIn[pid]![0]!,
            kind: 'cv',
            fileName: `cv-${d}.pdf`,
            mimeType: 'application/pdf',
            bytes: PDF,
          },
          now,
        );
      }
    });
  }
  return { programmes: programmes.map((p) => p.id), participants: participantIds.length };
}

function control(digits: number[], weights: number[]): number | null {
  const k = 11 - (weights.reduce((s, w, i) => s + w * digits[i]!, 0) % 11);
  if (k === 10) return null;
  return k === 11 ? 0 : k;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

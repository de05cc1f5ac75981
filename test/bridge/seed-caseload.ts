// Seeds a large caseload in-process through the domain functions (no extra IPC channel), for e2e
// tests that need thousands of participants, e.g. scrolling the virtual list to its last row.
import type { Database } from '../../main/vault/database';
import { enrol } from '../../main/domain/enrolments';
import { createParticipant } from '../../main/domain/participants';
import { createProgramme } from '../../main/domain/programmes';

const GIVEN = ['Anne', 'Bjørn', 'Åse', 'Søren', 'Ida', 'Mads', 'Kari', 'Ørjan', 'Freja', 'Nils'];
const FAMILY = ['Hansen', 'Jensen', 'Ødegård', 'Nielsen', 'Berg', 'Dahl', 'Æbelø', 'Lund'];

export type SeededCaseload = Readonly<{ programmeId: number; count: number }>;

/**
 * One programme with `count` active participants; the last one created is "Zzz-last, Final
 * <count>". All in one transaction: 10,000 rows take a few seconds.
 */
export function seedCaseload(db: Database, count: number, now = new Date()): SeededCaseload {
  return db.transaction(() => {
    const programme = createProgramme(
      db,
      {
        name: 'Seeded programme',
        funder: 'Jobcenter Test',
        country: 'DK',
        startsOn: '2025-01-01',
        endsOn: '2027-12-31',
      },
      now,
    );
    for (let i = 0; i < count; i++) {
      const last = i === count - 1;
      const { participant } = createParticipant(
        db,
        {
          givenName: last ? `Final ${count}` : GIVEN[i % GIVEN.length]!,
          familyName: last ? 'Zzz-last' : `${FAMILY[i % FAMILY.length]!} ${i}`,
          nationalId: { country: 'none' },
          email: `seed${i}@example.dk`,
        },
        now,
      );
      enrol(db, participant.id, programme.id, '2025-01-01');
    }
    return { programmeId: programme.id, count };
  });
}

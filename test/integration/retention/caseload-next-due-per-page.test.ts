// The caseload's next-due column is computed for the page's people only unless the page is sorted
// by it (issue 12: right after an unlock the whole caseload's due computation took seconds). The
// dates must be the ones the whole-caseload computation gives: checked for random subsets of a
// seeded caseload, and through IPC for every sort, on a real SQLCipher vault.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedCaseload } from '../../../main/cli/seed-caseload';
import { nextDueDates } from '../../../main/retention/due-data';
import { ok, useIpcVault } from '../../support/ipc-vault';

const NOW = new Date('2027-09-01T10:00:00Z');
const ZONE = 'Europe/Copenhagen';

type Page = { rows: { id: number; nextDueOn: string | null }[]; total: number };

describe('next-due dates per caseload page', () => {
  const v = useIpcVault(NOW);

  it('for any set of people equal the whole caseload’s, and every sort shows the same dates', async () => {
    seedCaseload(
      v.vault.db,
      { participants: 240, notes: 1_500, documents: 12 },
      new Date('2026-03-01T09:00:00Z'),
    );
    const all = nextDueDates(v.vault.db, NOW, ZONE);
    expect(all.size).toBeGreaterThan(100);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 240 }), { maxLength: 60 }), (ids) => {
        const some = nextDueDates(v.vault.db, NOW, ZONE, ids);
        expect(Object.fromEntries(some)).toEqual(
          Object.fromEntries(ids.flatMap((id) => (all.has(id) ? [[id, all.get(id)!]] : []))),
        );
      }),
      { numRuns: 40 },
    );
    const list = async (sort: string, offset: number) =>
      ok<Page>(await v.dispatch('caseload.list', { sort, offset, limit: 100, status: 'all' }));
    const shown = new Map<number, string | null>();
    for (const sort of ['name', 'lastContact', 'nextDue']) {
      for (let offset = 0; offset < 240; offset += 100) {
        for (const r of (await list(sort, offset)).rows) {
          if (shown.has(r.id)) expect(r.nextDueOn, `${sort} #${r.id}`).toBe(shown.get(r.id));
          else shown.set(r.id, r.nextDueOn);
        }
      }
    }
    expect(shown.size).toBe(240);
    for (const [id, on] of shown) expect(on).toBe(all.get(id) ?? null);
  });
});

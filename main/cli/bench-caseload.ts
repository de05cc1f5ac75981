// Caseload benchmark: the consultant's daily reads and autosave on a large seeded vault,
// keyed beside unkeyed, same seed, same queries, same run.
import { caseloadCounts, listCaseload } from '../domain/caseload';
import { listAssessments } from '../domain/assessments';
import { listConsents } from '../domain/consents';
import { listDocuments } from '../domain/documents';
import { listEnrolments } from '../domain/enrolments';
import { getParticipant } from '../domain/participants';
import { search } from '../domain/search';
import { listParticipantNotes, saveDraft } from '../domain/session-notes';
import type { Database } from '../vault/database';
import { pct, ratio, timeRepeated } from './bench-stats';
import { seededRandom } from './seed-text';

export type CaseloadBenchSize = Readonly<{
  participants: number;
  notes: number;
  documents: number;
  repeats: number;
}>;
export const FULL_CASELOAD: CaseloadBenchSize = {
  participants: 10_000,
  notes: 200_000,
  documents: 2_000,
  repeats: 200,
};
export const QUICK_CASELOAD: CaseloadBenchSize = {
  participants: 300,
  notes: 3_000,
  documents: 30,
  repeats: 20,
};

export type CaseloadFigures = Readonly<{
  caseloadFirstPageMs: number;
  /** The first 100 rows sorted by name alone, p50: read in sort-key order from its index. */
  firstPageByNameMs: number;
  /** The same page with the sort-key index dropped (rolled back after), p50: every row sorted. */
  firstPageByNameUnindexedMs: number;
  participantPageMs: number;
  searchP50Ms: number;
  searchP95Ms: number;
  autosaveP99Ms: number;
}>;

const WORDS = [
  'jobsøgning',
  'ansøg',
  'samtale',
  'kørekort',
  'lager',
  'søknad',
  'oppfølging',
  'praktik',
  'økonomi',
  'intervju',
  'styrker',
  'Bergen',
  'Århus',
  'CV',
];

/** Runs the read and autosave workload on an already seeded database. */
export async function measureCaseload(db: Database, repeats: number): Promise<CaseloadFigures> {
  const random = seededRandom(99);
  const participantIds = db
    .prepare('SELECT id FROM participants')
    .all<{ id: number }>()
    .map((r) => r.id);
  const drafts = db
    .prepare("SELECT id FROM notes WHERE status = 'draft' AND participant_id IS NOT NULL")
    .all<{ id: number }>()
    .map((r) => r.id);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;

  const firstPage = await timeRepeated(repeats, () => {
    listCaseload(db, { sort: 'name', offset: 0, limit: 100 });
    caseloadCounts(db);
  });
  const byName = () => listCaseload(db, { sort: 'name', offset: 0, limit: 100 });
  const firstPageByName = await timeRepeated(repeats, byName);
  const firstPageByNameUnindexed = withoutSortKeyIndex(db, () => timeRepeatedSync(repeats, byName));
  const participantPage = await timeRepeated(repeats, () => {
    const id = pick(participantIds);
    getParticipant(db, id);
    listEnrolments(db, id);
    listParticipantNotes(db, id, { limit: 30 });
    listDocuments(db, id);
    listAssessments(db, id);
    listConsents(db, id);
  });
  const searches = await timeRepeated(repeats, () => search(db, pick(WORDS), 30));
  const autosaves = await timeRepeated(Math.max(repeats, 100), (i) =>
    saveDraft(
      db,
      {
        id: pick(drafts),
        body: `Autosave ${i}: ${'Samtale om ansøgninger og næste skridt. '.repeat(8)}`,
      },
      new Date(),
    ),
  );
  return {
    caseloadFirstPageMs: pct(firstPage, 50),
    firstPageByNameMs: pct(firstPageByName, 50),
    firstPageByNameUnindexedMs: pct(firstPageByNameUnindexed, 50),
    participantPageMs: pct(participantPage, 50),
    searchP50Ms: pct(searches, 50),
    searchP95Ms: pct(searches, 95),
    autosaveP99Ms: pct(autosaves, 99),
  };
}

/** The caseload's sort-key index (migration 13); the bench measures the first page without it. */
export const SORT_KEY_INDEX = 'participants_by_sort_key';

/**
 * Runs `fn` with the sort-key index dropped inside a transaction that is then rolled back, so
 * the database is left as it was and the page must be sorted from every row: beside
 * firstPageByNameMs, the index's effect at this size.
 * @throws whatever `fn` throws, or if the index does not exist.
 */
export function withoutSortKeyIndex<T>(db: Database, fn: () => T): T {
  const rollback = Symbol('rollback');
  let result!: T;
  try {
    db.transaction(() => {
      db.exec(`DROP INDEX ${SORT_KEY_INDEX}`);
      result = fn();
      throw rollback;
    });
  } catch (err) {
    if (err !== rollback) throw err;
  }
  return result;
}

/** timeRepeated for work that must stay inside one synchronous transaction. */
function timeRepeatedSync(n: number, fn: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

/**
 * Each figure of the keyed vault divided by the unkeyed one's (the encryption's cost as a factor,
 * two decimals; 0 where the unkeyed figure is 0). Both in milliseconds.
 */
export function compare(keyed: CaseloadFigures, unkeyed: CaseloadFigures): CaseloadFigures {
  const out: Record<string, number> = {};
  for (const k of Object.keys(keyed) as (keyof CaseloadFigures)[])
    out[k] = ratio(keyed[k], unkeyed[k]);
  return out as CaseloadFigures;
}

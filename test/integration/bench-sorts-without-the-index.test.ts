// The caseload bench measures the first page by name with and without the sort-key index: without
// it the page is sorted from every row (a temporary B-tree), with it read in order, and the index
// is back after the bench, whose figures carry both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  measureCaseload,
  SORT_KEY_INDEX,
  withoutSortKeyIndex,
} from '../../main/cli/bench-caseload';
import { seedCaseload } from '../../main/cli/seed-caseload';
import type { Vault } from '../../main/vault/vault';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../support/temp-vault';

const PAGE = 'SELECT id FROM participants p ORDER BY p.sort_key, p.id LIMIT 100';

describe('the caseload bench and the sort-key index', () => {
  let dir: string;
  let vault: Vault;
  // A new SQL text each time: the driver caches statements by text, and a cached EXPLAIN is not
  // re-prepared after a schema change (it never runs the schema check a query does).
  let plans = 0;
  const plan = () =>
    vault.db
      .prepare(`EXPLAIN QUERY PLAN ${PAGE} -- ${++plans}`)
      .all<{ detail: string }>()
      .map((r) => r.detail)
      .join(' | ');
  const indexExists = () =>
    vault.db
      .prepare("SELECT 1 AS x FROM sqlite_master WHERE type = 'index' AND name = ?")
      .get([SORT_KEY_INDEX]) !== undefined;

  beforeAll(async () => {
    dir = tempDir();
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
    seedCaseload(vault.db, { participants: 300, notes: 300, documents: 3, marker: 'BENCH' });
  });
  afterAll(() => {
    vault.lock();
    removeDir(dir);
  });

  it('reads the page from the index normally, sorts every row without it, and puts it back', () => {
    expect(plan()).toContain(SORT_KEY_INDEX);
    const first = vault.db.prepare(PAGE).all();
    const inside = withoutSortKeyIndex(vault.db, () => ({
      plan: plan(),
      rows: vault.db.prepare(PAGE).all(),
    }));
    expect(inside.plan).toContain('USE TEMP B-TREE FOR ORDER BY');
    expect(inside.plan).not.toContain(SORT_KEY_INDEX);
    expect(inside.rows).toEqual(first);
    expect(indexExists()).toBe(true);
    expect(plan()).toContain(SORT_KEY_INDEX);
  });

  it('an error inside still rolls the drop back', () => {
    expect(() =>
      withoutSortKeyIndex(vault.db, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(indexExists()).toBe(true);
  });

  it('the bench reports both figures and leaves the index in place', async () => {
    const figures = await measureCaseload(vault.db, 3);
    expect(figures.firstPageByNameMs).toBeGreaterThan(0);
    expect(figures.firstPageByNameUnindexedMs).toBeGreaterThan(0);
    expect(indexExists()).toBe(true);
  });
});

// The search ranks whole-word queries with bm25 computed in code (main/domain/bm25.ts) from the
// vocabulary's document counts and the index's averages record, instead of FTS5's bm25(), which
// reads every term's whole doclist again. The scores must be FTS5's: this compares every row of
// the ranking window with bm25() on a real SQLCipher vault of random notes (Danish and Norwegian
// words of very different frequency, names, addenda, a deleted draft), for random typed words.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bm25, indexTotals } from '../../../main/domain/bm25';
import { expandedPrefix } from '../../../main/domain/fts-expand';
import { search } from '../../../main/domain/search';
import { unicode61Tokens } from '../../../main/domain/unicode61';
import { addAddendum, discardDraft, lockNote } from '../../../main/domain/session-notes';
import type { Vault } from '../../../main/vault/vault';
import { NOW, danishCase, meetingNote } from '../../support/caseload-fixture';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../../support/temp-vault';

// Common words first: the generator picks early ones far more often.
const WORDS = [
  'samtale',
  'samtalen',
  'jobsøgning',
  'ansøgning',
  'ansøgninger',
  'økonomi',
  'økonomien',
  'kørekort',
  'praktik',
  'praktikken',
  'intervju',
  'intervjuet',
  'sygemelding',
  'bevilling',
  'virksomhedspraktik',
  'lønnstilskudd',
  'arbeidsavklaringspenger',
  'mentor',
  'mentorordning',
  'Bergen',
  'Aarhus',
  'CV',
  'og',
  'i',
  'på',
  'at',
  'der',
  'som',
  'ble',
  'blev',
];
const word = fc
  .tuple(fc.nat(WORDS.length - 1), fc.nat(WORDS.length - 1))
  .map(([a, b]) => WORDS[Math.min(a, b)]!);
const body = fc
  .array(fc.tuple(word, fc.constantFrom(' ', ' ', ', ', '. ', ' – ')), {
    minLength: 1,
    maxLength: 40,
  })
  .map((ws) =>
    ws
      .map(([w, sep]) => w + sep)
      .join('')
      .trim(),
  );

describe('bm25 computed in code equals FTS5’s bm25()', () => {
  let dir: string;
  let vault: Vault;
  beforeAll(async () => {
    dir = tempDir();
    vault = testVault(dir).vault;
    await vault.create(TEST_PASSPHRASE);
    const person = danishCase(vault);
    const note = (text: string) => meetingNote(vault, person, text);
    const bodies = fc.sample(body, { numRuns: 240, seed: 120 });
    bodies.forEach((text, i) => {
      const n = note(text);
      if (i % 17 === 0) discardDraft(vault.db, n.id);
      else if (i % 11 === 0) {
        lockNote(vault.db, n.id, NOW);
        addAddendum(vault.db, n.id, bodies[(i * 7) % bodies.length]!, NOW);
      }
    });
  });
  afterAll(() => {
    vault.lock();
    removeDir(dir);
  });

  const typedWords = fc
    .array(
      fc
        .tuple(fc.constantFrom(...WORDS.filter((w) => [...w].length > 3)), fc.nat(6))
        .map(([w, cut]) => w.slice(0, Math.max(4, w.length - cut))),
      { minLength: 1, maxLength: 2 },
    )
    .map((ws) => ws.join(' '));

  it('gives every row of the window the score bm25() gives it', () => {
    let compared = 0;
    fc.assert(
      fc.property(typedWords, (typed) => {
        const query = expandedPrefix(vault.db, typed, 'text');
        if (!query) return;
        const terms = query.words.flatMap((w) => (w.kind === 'terms' ? w.terms : []));
        const totals = indexTotals(vault.db, 'search_index');
        const rows = vault.db
          .prepare(
            `SELECT rowid, bm25(search_index) AS fts, text, folded FROM search_index
             WHERE search_index MATCH $match ORDER BY rowid DESC LIMIT 500`,
          )
          .all<{ rowid: number; fts: number; text: string; folded: string }>({
            match: query.match,
          });
        for (const r of rows) {
          const hits = unicode61Tokens(r.text);
          const ours = bm25(terms, hits, hits.length + unicode61Tokens(r.folded).length, totals);
          expect(ours).toBeCloseTo(r.fts, 12);
          compared++;
        }
      }),
      { numRuns: 150, seed: 7 },
    );
    expect(compared).toBeGreaterThan(1000);
  });

  it('orders the search’s notes as bm25() orders them', () => {
    for (const typed of ['samtale', 'jobsøgning mentor', 'økonomi', 'praktikken']) {
      const query = expandedPrefix(vault.db, typed, 'text')!;
      const byIndex = vault.db
        .prepare(
          `SELECT rowid FROM (SELECT rowid, bm25(search_index) AS s FROM search_index
             WHERE search_index MATCH $match ORDER BY rowid DESC LIMIT 500)
           ORDER BY s, rowid DESC LIMIT 20`,
        )
        .all<{ rowid: number }>({ match: query.match })
        .map((r) => r.rowid);
      const found = search(vault.db, typed, 20)
        .filter((h) => h.source === 'note' || h.source === 'addendum')
        .map((h) => h.sourceId * 8 + (h.source === 'note' ? 1 : 2));
      expect(found).toEqual(byIndex.slice(0, found.length));
      expect(found.length).toBeGreaterThan(0);
    }
  });
});

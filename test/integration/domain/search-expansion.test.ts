// Search as you type expands each typed word to the index's own terms (domain/fts-expand.ts)
// instead of FTS5's prefix merge, which costs seconds with cipher_memory_security on. The
// expansion must find exactly what the prefix query finds whenever a word begins at most
// MAX_TERMS_PER_WORD terms, and a subset holding the most frequent terms otherwise; FTS5 syntax
// typed into the box stays inert. Real SQLCipher (memory security as the app runs it).
import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPrefixQuery } from '../../../main/domain/fts-query';
import {
  MAX_TERMS_PER_WORD,
  expandedPrefixMatch,
  queryTokens,
} from '../../../main/domain/fts-expand';
import type { Database } from '../../../main/vault/database';
import { migrate } from '../../../main/vault/migrate';
import { openSqlCipher } from '../../../main/vault/sqlcipher-driver';
import { configureConnection } from '../../../main/vault/vault';
import { removeDir, tempDir } from '../../support/temp-vault';

const WORDS = [
  'ansøgning',
  'ansøgninger',
  'ansøge',
  'anne',
  'samtale',
  'samtalen',
  'samarbejde',
  'på',
  'positiv',
  'praktik',
  'får',
  'far',
  'færdig',
  'øvelse',
  'østergaard',
  'ål',
  'cv',
  'c',
  'jobsøgning',
  'job',
  'jens',
  'jensen',
  'ændring',
  'ærlig',
  'über',
  'ñandú',
  'москва',
  'محمد',
  '2026',
  '20',
  'x1',
];

describe('prefix search through the vocabulary', () => {
  let dir: string;
  let db: Database;
  const rows = (match: string | null) =>
    match === null
      ? []
      : db
          .prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid')
          .all<{ rowid: number }>([match])
          .map((r) => r.rowid);

  beforeAll(() => {
    dir = tempDir();
    db = openSqlCipher(`${dir}/v.db`, randomBytes(32));
    configureConnection(db);
    migrate(db);
    // Notes only: rowid = id * 8 + 1 as the triggers write them; words in random pairs.
    const insert = db.prepare(
      "INSERT INTO search_index (rowid, text, folded, participant_id) VALUES (?, ?, '', 1)",
    );
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let id = 1; id <= 600; id++)
      insert.run([id * 8 + 1, `${WORDS[next() % WORDS.length]} ${WORDS[next() % WORDS.length]}`]);
    // 40 distinct words beginning 'p': more than one word may expand to.
    for (let i = 0; i < 40; i++)
      insert.run([(1000 + i) * 8 + 1, `p${String(i).padStart(2, '0')}ord`]);
  });
  afterAll(() => {
    db.close();
    removeDir(dir);
  });

  it('finds what the prefix query finds for every prefix of every word, one or two words typed', () => {
    const prefixes = [
      ...new Set(WORDS.flatMap((w) => [...w].map((_, i) => [...w].slice(0, i + 1).join('')))),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.option(fc.constantFrom(...prefixes)), (a, b) => {
        const typed = b === null ? a : `${a} ${b}`;
        if (queryTokens(typed).some((t) => t === 'p')) return; // 'p' begins more than the limit
        const plain = toPrefixQuery(typed)!;
        expect(rows(expandedPrefixMatch(db, typed, 'text'))).toEqual(rows(`{text} : (${plain})`));
      }),
      { numRuns: 300 },
    );
  });

  it('a word beginning more terms than the limit matches the most frequent ones, a subset', () => {
    const expanded = expandedPrefixMatch(db, 'p', 'text')!;
    expect(expanded.match(/"[^"]+"/g)).toHaveLength(MAX_TERMS_PER_WORD);
    expect(expanded).toContain('"på"');
    const all = rows('{text} : ("p"*)');
    const some = rows(expanded);
    expect(some.length).toBeGreaterThan(0);
    expect(some.every((r) => all.includes(r))).toBe(true);
  });

  it('answers null when nothing can match, and keeps FTS5 syntax inert', () => {
    expect(expandedPrefixMatch(db, 'zzz', 'text')).toBeNull();
    expect(expandedPrefixMatch(db, '  ', 'text')).toBeNull();
    for (const typed of [
      'job OR x',
      'NEAR(job cv)',
      '"job',
      'job*',
      '{folded} : job',
      'job -cv',
      '^job',
    ])
      expect(() => rows(expandedPrefixMatch(db, typed, 'text'))).not.toThrow();
    expect(rows(expandedPrefixMatch(db, 'job OR', 'text'))).toEqual([]);
  });
});

// Search as you type (domain/fts-expand.ts): a word of 1–3 characters is a prefix query the
// index's prefix indexes answer whole (migration 17); a longer word is expanded to the index's
// own terms instead of FTS5's prefix merge, which costs seconds with cipher_memory_security on.
// Either must find exactly what the prefix query finds whenever a word begins at most
// MAX_TERMS_PER_WORD terms, and a subset holding the most frequent terms otherwise; FTS5 syntax
// typed into the box stays inert. Real SQLCipher (memory security as the app runs it).
import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPrefixQuery } from '../../../main/domain/fts-query';
import {
  MAX_TERMS_PER_WORD,
  PREFIX_INDEXED_CHARS,
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
    // 40 distinct words beginning 'pord': more than a word of 4 letters may expand to.
    for (let i = 0; i < 40; i++)
      insert.run([(1000 + i) * 8 + 1, `pord${String(i).padStart(2, '0')}`]);
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
        // 'pord…' begins more terms than the limit (the next test); shorter words are whole.
        if (queryTokens(typed).some((t) => t.startsWith('pord'))) return;
        const plain = toPrefixQuery(typed)!;
        expect(rows(expandedPrefixMatch(db, typed, 'text'))).toEqual(rows(`{text} : (${plain})`));
      }),
      { numRuns: 300 },
    );
  });

  it('a word of four letters or more beginning more terms than the limit matches the most frequent ones, a subset', () => {
    const expanded = expandedPrefixMatch(db, 'pord', 'text')!;
    expect(expanded.match(/"[^"]+"/g)).toHaveLength(MAX_TERMS_PER_WORD);
    const all = rows('{text} : ("pord"*)');
    expect(all).toHaveLength(40);
    const some = rows(expanded);
    expect(some).toHaveLength(MAX_TERMS_PER_WORD);
    expect(some.every((r) => all.includes(r))).toBe(true);
  });

  it('a word of up to three characters is answered whole by the prefix index, however many terms it begins', () => {
    expect(PREFIX_INDEXED_CHARS).toBe(3);
    const schema = db
      .prepare("SELECT sql FROM sqlite_schema WHERE name = 'search_index'")
      .get<{ sql: string }>()!.sql;
    expect(schema).toContain("prefix = '1 2 3'");
    for (const typed of ['p', 'po', 'por', 'på', 'ø', 'øst', 'мос']) {
      expect(expandedPrefixMatch(db, typed, 'text')).toBe(`{text} : ("${typed}"*)`);
      expect(rows(expandedPrefixMatch(db, typed, 'text'))).toEqual(
        rows(`{text} : (${toPrefixQuery(typed)!})`),
      );
    }
    expect(rows(expandedPrefixMatch(db, 'p', 'text')).length).toBeGreaterThan(40);
  });

  it('answers null when nothing can match, and keeps FTS5 syntax inert', () => {
    expect(expandedPrefixMatch(db, 'zzzz', 'text')).toBeNull();
    expect(rows(expandedPrefixMatch(db, 'zzz', 'text'))).toEqual([]);
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

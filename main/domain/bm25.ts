// BM25 as SQLite's FTS5 computes it (bm25(), https://sqlite.org/fts5.html#the_bm25_function;
// formula and constants from ext/fts5/fts5_aux.c: k1 = 1.2, b = 0.75, an IDF of zero or less
// raised to 1e-6), for the few hundred rows a search ranks. FTS5's own bm25() first counts, for
// each phrase, the rows of the whole index that have it (the phrase's IDF) by reading its whole
// doclist: 10 of the 12 ms of a search for "samtale" at 200,000 notes (issue 12). Those counts
// are the vocabulary's (fts5vocab `doc`), which the search has already read to expand the word,
// so here they cost nothing. A test holds every score to FTS5's bm25() on random vaults
// (test/integration/domain/bm25-equals-fts5.test.ts).
import type { Database } from '../vault/database';

const K1 = 1.2;
const B = 0.75;
const IDF_FLOOR = 1e-6;

/** Rows in an FTS5 table and tokens in all its columns, from its averages record. */
export type IndexTotals = Readonly<{ rows: number; tokens: number }>;

/** A varint as SQLite writes it (https://sqlite.org/fileformat2.html#varint): [value, next]. */
function readVarint(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  for (let i = 0; i < 8; i++) {
    const byte = bytes[at + i]!;
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return [value, at + i + 1];
  }
  return [value * 256 + bytes[at + 8]!, at + 9];
}

/** The sum of the varints in `bytes` from offset `at` to the end. */
function sumOfVarints(bytes: Uint8Array, at: number): number {
  let sum = 0;
  while (at < bytes.length) {
    const [n, next] = readVarint(bytes, at);
    sum += n;
    at = next;
  }
  return sum;
}

/**
 * The totals FTS5's bm25() divides by, read from the table's averages record (row 1 of
 * `<table>_data`: a varint row count, then one varint token count per column; ext/fts5/
 * fts5_index.c, FTS5_AVERAGES_ROWID). `table` is a trusted identifier, never user input.
 * Returns zero rows for an empty index.
 * @throws VaultLockedError through `db` when the vault is locked.
 */
export function indexTotals(db: Database, table: string): IndexTotals {
  const block = db
    .prepare(`SELECT block FROM "${table}_data" WHERE id = 1`)
    .get<{ block: Uint8Array<ArrayBuffer> }>()?.block;
  if (!block || block.length === 0) return { rows: 0, tokens: 0 };
  const [rows, first] = readVarint(block, 0);
  return { rows, tokens: sumOfVarints(block, first) };
}

/**
 * A row's length as FTS5's bm25() takes it, its tokens in every column, from the row's record in
 * `<table>_docsize` (`sz`: one varint token count per column; ext/fts5/fts5_storage.c). FTS5
 * counted them with its own tokenizer, so characters unicode61 reads differently from
 * unicode61.ts (emoji and other characters assigned after Unicode 6.1) are counted as bm25()
 * counts them. Returns 0 for a missing record.
 */
export function documentLength(sizes: Uint8Array | null | undefined): number {
  return sizes ? sumOfVarints(sizes, 0) : 0;
}

/** A phrase of one whole term, and the number of rows in the index that have it. */
export type RankedTerm = Readonly<{ term: string; documents: number }>;

/**
 * FTS5's bm25() of one row for a query of whole-term phrases, all in one column: `hits` are the
 * row's tokens in that column, `length` its tokens in every column (documentLength). Lower is
 * better (negative), as FTS5 orders it. Every term counts as its own phrase, as in an FTS5 OR of
 * terms.
 */
export function bm25(
  terms: readonly RankedTerm[],
  hits: readonly string[],
  length: number,
  totals: IndexTotals,
): number {
  const avgdl = totals.rows > 0 ? totals.tokens / totals.rows : 0;
  let score = 0;
  for (const { term, documents } of terms) {
    let freq = 0;
    for (const h of hits) if (h === term) freq++;
    if (freq === 0) continue;
    let idf = Math.log((totals.rows - documents + 0.5) / (documents + 0.5));
    if (idf <= 0) idf = IDF_FLOOR;
    score += (idf * (freq * (K1 + 1))) / (freq + K1 * (1 - B + (B * length) / avgdl));
  }
  return -score;
}

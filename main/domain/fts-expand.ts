// Search as you type without FTS5's prefix merge. FTS5 answers a prefix query ("ans"*) by first
// merging, in memory, the doclists of every term that begins with it. With SQLCipher's
// cipher_memory_security on (every allocation SQLite makes is wiped and locked) that merge costs
// seconds on a large vault: measured at 10,000 participants and 200,000 notes, keyed, 'a*' took
// 5.7 s and 'an*' 0.9 s with it on, 45 ms and 6 ms with it off. So each typed word is expanded
// through the index's own vocabulary (fts5vocab, https://sqlite.org/fts5.html#the_fts5vocab_virtual_table_module)
// to the whole terms it begins, most frequent first, and the query ORs those terms, which FTS5
// reads lazily, newest row first, stopping once it has enough: 2–100 ms for the same queries.
// Words of 1–3 characters, whose expansions were the costly ones, are answered by the index's
// prefix indexes instead (migration 17), which need no merge: 1–3 ms.
import type { Database } from '../vault/database';
import { unicode61Tokens } from './unicode61';
import { memoWhileUnchanged } from './unchanged-memo';

/** The most terms one typed word is expanded to (the most frequent ones when there are more). */
export const MAX_TERMS_PER_WORD = 24;
/** The most typed words a query uses, as the prefix query did. */
const MAX_WORDS = 12;

/**
 * The words of `text` (NFC) as the index's unicode61 tokenizer cuts and folds them
 * (unicode61.ts: word characters L*, N*, Co and the combining diacritics, case folded, diacritics
 * kept), at most MAX_WORDS.
 */
export function queryTokens(text: string): string[] {
  return unicode61Tokens(text.normalize('NFC')).slice(0, MAX_WORDS);
}

const vocabReady = new WeakSet<Database>();

/**
 * Creates the per-connection vocabulary table over search_index (temp: nothing is written to the
 * vault). Called lazily by the search; the read worker calls it when opening its connection,
 * before PRAGMA query_only refuses every CREATE (vault.ts's openForReading).
 */
export function prepareSearchVocabulary(db: Database): void {
  vocabulary(db);
}

/** The per-connection vocabulary table over search_index (temp: nothing is written to the vault). */
function vocabulary(db: Database): void {
  if (vocabReady.has(db)) return;
  db.exec(
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, 'search_index', 'col')",
  );
  vocabReady.add(db);
}

/** A whole index term and the number of rows that have it in the column (fts5vocab's `doc`). */
export type IndexTerm = Readonly<{ term: string; documents: number }>;

type Expansion = Readonly<{ terms: readonly IndexTerm[]; complete: boolean }>;

/**
 * The index's terms in `column` that begin with `prefix`, most documents first, at most `limit`.
 * fts5vocab counts each term's documents by reading its whole doclist, which is most of the cost
 * of a search for a common word (7–11 ms for "samtale" at 200,000 notes). While the vault is
 * unchanged (unchanged-memo.ts) a word's terms are kept, and a longer word typed next takes
 * them from a shorter word's complete list: every term that begins "samtale" begins "samta".
 */
function termsBeginning(
  db: Database,
  column: string,
  prefix: string,
  limit: number,
): readonly IndexTerm[] {
  const memo = memoWhileUnchanged(db);
  const key = (p: string) => `fts-expand:${column}:${limit}:${p}`;
  const chars = [...prefix];
  for (let n = chars.length; n > PREFIX_INDEXED_CHARS; n--) {
    const kept = memo.get(key(chars.slice(0, n).join(''))) as Expansion | undefined;
    if (kept && (kept.complete || n === chars.length))
      return kept.terms.filter((t) => t.term.startsWith(prefix));
  }
  const last = prefix.codePointAt(prefix.length - 1)!;
  const upper =
    prefix.slice(0, -String.fromCodePoint(last).length) + String.fromCodePoint(last + 1);
  const rows = db
    .prepare(
      `SELECT term, doc AS documents FROM temp.search_vocab WHERE col = ? AND term >= ? AND term < ?
       ORDER BY doc DESC, term LIMIT ?`,
    )
    .all<{ term: string; documents: number }>([column, prefix, upper, limit + 1])
    .filter((t) => t.term.startsWith(prefix));
  const expansion: Expansion = { terms: rows.slice(0, limit), complete: rows.length <= limit };
  memo.set(key(prefix), expansion);
  return expansion.terms;
}

/**
 * The longest word (in characters) search_index keeps a prefix index for (migration 17's
 * `prefix = '1 2 3'`): FTS5 answers such a prefix from one stored doclist, with no merge.
 */
export const PREFIX_INDEXED_CHARS = 3;

/**
 * What a typed word asks of the index: a prefix its prefix index answers (one to
 * PREFIX_INDEXED_CHARS characters), or the whole terms it begins (most documents first).
 */
export type WordQuery =
  | Readonly<{ kind: 'prefix'; prefix: string }>
  | Readonly<{ kind: 'terms'; terms: readonly IndexTerm[] }>;

/** An FTS5 MATCH expression and the words it was made from (see expandedPrefix). */
export type ExpandedQuery = Readonly<{ match: string; words: readonly WordQuery[] }>;

/**
 * An FTS5 MATCH expression for `text` in one column of search_index: every typed word must match
 * (as a prefix). A word of up to PREFIX_INDEXED_CHARS characters is a prefix query the index's
 * prefix index answers whole; a longer one is an OR of the whole terms in that column that begin
 * with it (at most MAX_TERMS_PER_WORD, the most frequent). Returns null when `text` has no words
 * or a longer word begins no term in the column (nothing can match). Words and terms are quoted,
 * so FTS5 syntax in the input stays inert. With the expression come its words, each term with
 * the number of rows that have it in the column (for ranking, search.ts).
 * @throws VaultLockedError through `db` when the vault is locked.
 */
export function expandedPrefix(
  db: Database,
  text: string,
  column: 'text' | 'folded',
): ExpandedQuery | null {
  const tokens = queryTokens(text);
  if (tokens.length === 0) return null;
  vocabulary(db);
  const quoted = (t: string) => `"${t.replace(/"/g, '""')}"`;
  const words: WordQuery[] = [];
  const groups: string[] = [];
  for (const token of tokens) {
    if ([...token].length <= PREFIX_INDEXED_CHARS) {
      words.push({ kind: 'prefix', prefix: token });
      groups.push(`${quoted(token)}*`);
      continue;
    }
    const terms = termsBeginning(db, column, token, MAX_TERMS_PER_WORD);
    if (terms.length === 0) return null;
    words.push({ kind: 'terms', terms });
    groups.push(`(${terms.map((t) => quoted(t.term)).join(' OR ')})`);
  }
  return { match: `{${column}} : (${groups.join(' AND ')})`, words };
}

/**
 * expandedPrefix's MATCH expression alone: `{column} : (...)`, or null when nothing can match.
 * @throws VaultLockedError through `db` when the vault is locked.
 */
export function expandedPrefixMatch(
  db: Database,
  text: string,
  column: 'text' | 'folded',
): string | null {
  return expandedPrefix(db, text, column)?.match ?? null;
}

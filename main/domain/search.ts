// Full-text search over notes, addenda, participant names, assessment summaries and profiles
// (languages, qualifications): ranked, prefix-matched, with snippets whose highlights are marked
// by control characters, not HTML.
import type { Database } from '../vault/database';
import { bm25, documentLength, indexTotals } from './bm25';
import {
  expandedPrefix,
  type ExpandedQuery,
  PREFIX_INDEXED_CHARS,
  queryTokens,
} from './fts-expand';
import { toPrefixQuery } from './fts-query';
import { findByAnyNationalId } from './participants';
import { participantsByFoldedName } from './search-names';
import { foldForSearch, searchIndexText } from './text';
import { unicode61Tokens } from './unicode61';

/** Snippet highlight delimiters: the renderer splits on them and never parses markup. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

export type SearchSource = 'note' | 'addendum' | 'participant' | 'assessment' | 'profile';
const SOURCES: Record<number, SearchSource> = {
  1: 'note',
  2: 'addendum',
  3: 'participant',
  4: 'assessment',
  /** The recruitment profile's languages and qualifications (migration 19). */
  5: 'profile',
};

export type SearchHit = Readonly<{
  source: SearchSource;
  sourceId: number;
  participantId: number;
  participantName: string;
  /** The note to open: the note itself, or the note an addendum belongs to. */
  noteId: number | null;
  snippet: string;
  /** Processing of the person is restricted (GDPR art. 18): shown beside the hit. */
  restricted: boolean;
}>;

/**
 * Ranking every match of a common word in 200,000 notes costs seconds, so only the newest
 * matches (FTS5 walks rowids backwards and stops early) are ranked by bm25. Snippets are cut
 * in code from the few hits returned: asking FTS5 for each would repeat the prefix expansion.
 * Text of one to three letters a word is not ranked at all (see search): nearly every note
 * matches, bm25 of a two-letter prefix says little, and ranking the window cost 9–24 ms of a
 * 16 ms budget at 200,000 notes (bench:ui, issue 12).
 */
const RANK_WINDOW = 500;
const SNIPPET_WORDS = 16;

/**
 * Whitespace controls (tab, line feed, vertical tab, form feed, carriage return) and the
 * Unicode line/paragraph separators: they separate words, so each becomes a space.
 */
const SEPARATING_CONTROLS = /[\t\n\v\f\r\u2028\u2029]/gu;
/**
 * Invisible characters that are never part of a word someone searches for, removed outright so
 * a word pasted with one inside still matches: the remaining C0 controls (U+0000–U+001F,
 * including NUL and the snippet markers U+0002/U+0003) and DEL, the C1 controls
 * (U+0080–U+009F), the Unicode bidi controls (U+061C ALM, U+200E LRM, U+200F RLM,
 * U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates), and the zero-width space
 * U+200B and byte-order mark U+FEFF. Zero-width (non-)joiners are kept: some scripts need them.
 */
const INVISIBLE_CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/**
 * Search text as typed or pasted, with control characters made harmless (see
 * SEPARATING_CONTROLS and INVISIBLE_CONTROLS): whitespace controls become spaces, the rest
 * are removed. So a NUL byte or a bidi override in the search box gives the normal results
 * for the visible text instead of an error, and cannot forge the snippet highlight markers.
 */
export function cleanSearchText(text: string): string {
  return text.replace(SEPARATING_CONTROLS, ' ').replace(INVISIBLE_CONTROLS, '');
}

/**
 * Hits for `text` (words matched as prefixes, all must match; a word that begins more than
 * MAX_TERMS_PER_WORD terms matches its most frequent ones), at most `limit`.
 * Control characters in `text` are cleaned first (see cleanSearchText); text with no words
 * left gives no hits. A full national ID (any spacing) finds its person through the keyed hash.
 * Text with a word longer than PREFIX_INDEXED_CHARS: hits on the text as written, ranked by
 * bm25 among the newest RANK_WINDOW matches, come first; then names matched only in their
 * folded form (sorensen → Sørensen). Text whose words are all one to three letters (typing has
 * just begun): names in their folded form first, in the order they were registered, then the
 * newest notes, unranked. Note text is matched only as written ("får" never finds "far").
 * @throws VaultLockedError through `db` when the vault is locked.
 */
export function search(db: Database, rawText: string, limit: number): SearchHit[] {
  const text = searchIndexText(cleanSearchText(rawText));
  if (!toPrefixQuery(text)) return [];
  const byId = findByAnyNationalId(db, text);
  // The text as written: each word expanded to the index's terms it begins (fts-expand.ts), so a
  // short prefix costs milliseconds with cipher_memory_security on. Folded names: matched in
  // memory (search-names.ts), because FTS5 keeps one doclist per term for all columns, so a
  // filter on the folded column walked every note with the prefix when no name had it.
  const exact = expandedPrefix(db, text, 'text');
  const short = queryTokens(text).every((t) => [...t].length <= PREFIX_INDEXED_CHARS);
  const names = participantsByFoldedName(db, foldForSearch(text), limit).map(nameHit);
  const notes = exact
    ? short
      ? newestHits(db, exact.match, limit)
      : rankedHits(db, exact, limit)
    : [];
  const ranked = [
    ...(byId === null ? [] : [nameHit(byId)]),
    ...(short ? [...names, ...notes] : [...notes, ...names]),
  ].filter((r, i, all) => all.findIndex((o) => o.rowid === r.rowid) === i);
  const nameOf = db.prepare(
    "SELECT given_name || ' ' || family_name AS name FROM participants WHERE id = ?",
  );
  const noteOfAddendum = db.prepare('SELECT note_id AS n FROM note_addenda WHERE id = ?');
  const restrictedNow = db.prepare(
    'SELECT 1 AS x FROM restrictions WHERE participant_id = ? AND lifted_at IS NULL',
  );
  const terms = queryTerms(text);
  return ranked.slice(0, limit).flatMap((r) => {
    const name = nameOf.get<{ name: string }>([r.participantId])?.name;
    if (name === undefined) return [];
    const source = SOURCES[r.rowid % 8]!;
    const sourceId = Math.floor(r.rowid / 8);
    const noteId =
      source === 'note'
        ? sourceId
        : source === 'addendum'
          ? Number(noteOfAddendum.get([sourceId])?.n ?? 0) || null
          : null;
    return [
      {
        source,
        sourceId,
        participantId: r.participantId,
        participantName: name,
        noteId,
        snippet: snippet(r.text || name, terms),
        restricted: !!restrictedNow.get([r.participantId]),
      },
    ];
  });
}

type IndexHit = { rowid: number; score: number; participantId: number; text: string };

/** A participant's name as a hit (rowid id * 8 + 3); its snippet is the name itself. */
const nameHit = (id: number): IndexHit => ({
  rowid: id * 8 + 3,
  score: 0,
  participantId: id,
  text: '',
});

/** The newest `limit` matches of `match`, unranked: FTS5 walks rowids down and stops early. */
function newestHits(db: Database, match: string, limit: number): IndexHit[] {
  return db
    .prepare(
      `SELECT rowid, 0 AS score, participant_id AS participantId, text FROM search_index
       WHERE search_index MATCH $match ORDER BY rowid DESC LIMIT $limit`,
    )
    .all<IndexHit>({ match, limit });
}

/**
 * The best `limit` of the newest RANK_WINDOW matches by bm25. When every typed word is whole
 * terms (the words were longer than PREFIX_INDEXED_CHARS), the scores are computed here from the
 * terms' document counts the expansion read (bm25.ts), the same numbers FTS5's bm25() gives
 * without its reading every term's whole doclist again; otherwise FTS5 ranks. A row's words are
 * cut as unicode61 cuts them (unicode61.ts) and its length is FTS5's own (search_index_docsize).
 */
function rankedHits(db: Database, query: ExpandedQuery, limit: number): IndexHit[] {
  const terms = query.words.flatMap((w) => (w.kind === 'terms' ? w.terms : []));
  if (query.words.some((w) => w.kind === 'prefix')) return rankedByIndex(db, query.match, limit);
  const window = db
    .prepare(
      `SELECT rowid, participant_id AS participantId, text,
         (SELECT sz FROM search_index_docsize WHERE id = search_index.rowid) AS sizes
       FROM search_index WHERE search_index MATCH $match ORDER BY rowid DESC LIMIT $window`,
    )
    .all<{
      rowid: number;
      participantId: number;
      text: string;
      sizes: Uint8Array<ArrayBuffer> | null;
    }>({
      match: query.match,
      window: RANK_WINDOW,
    });
  const totals = indexTotals(db, 'search_index');
  return window
    .map((r) => {
      const score = bm25(terms, unicode61Tokens(r.text), documentLength(r.sizes), totals);
      return { rowid: r.rowid, score, participantId: r.participantId, text: r.text };
    })
    .sort((a, b) => a.score - b.score || b.rowid - a.rowid)
    .slice(0, limit);
}

/** As rankedHits, with FTS5's bm25() (for text with a word of one to three letters). */
function rankedByIndex(db: Database, match: string, limit: number): IndexHit[] {
  return db
    .prepare(
      `SELECT rowid, score, participantId, text FROM (
         SELECT rowid, bm25(search_index) AS score, participant_id AS participantId, text
         FROM search_index WHERE search_index MATCH $match ORDER BY rowid DESC LIMIT $window
       ) ORDER BY score LIMIT $limit`,
    )
    .all<IndexHit>({ match, window: RANK_WINDOW, limit });
}

/** The query's words, lower-cased, as the unicode61 tokenizer sees them (diacritics kept). */
function queryTerms(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice(0, 12);
}

/** A window of words around the first hit, each word that starts with a query term marked. */
export function snippet(text: string, terms: readonly string[]): string {
  const normalized = text.normalize('NFC');
  const words = [...normalized.matchAll(/[\p{L}\p{N}]+/gu)];
  const isHit = (w: string) => terms.some((t) => w.toLowerCase().startsWith(t));
  const first = Math.max(
    0,
    words.findIndex((m) => isHit(m[0])),
  );
  const from = Math.max(0, first - 4);
  const to = Math.min(words.length, from + SNIPPET_WORDS);
  if (words.length === 0) return '';
  let out = from > 0 ? '…' : '';
  let cursor = from === 0 ? 0 : words[from]!.index!;
  for (let i = from; i < to; i++) {
    const m = words[i]!;
    out +=
      normalized.slice(cursor, m.index) +
      (isHit(m[0]) ? `${HIGHLIGHT_START}${m[0]}${HIGHLIGHT_END}` : m[0]);
    cursor = m.index! + m[0].length;
  }
  return to < words.length ? `${out}…` : out + normalized.slice(cursor);
}

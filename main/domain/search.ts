// Full-text search over notes, addenda, participant names and assessment summaries: ranked,
// prefix-matched, with snippets whose highlights are marked by control characters, not HTML.
import type { Database } from '../vault/database';
import { toPrefixQuery } from './fts-query';

/** Snippet highlight delimiters: the renderer splits on them and never parses markup. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

export type SearchSource = 'note' | 'addendum' | 'participant' | 'assessment';
const SOURCES: Record<number, SearchSource> = {
  1: 'note',
  2: 'addendum',
  3: 'participant',
  4: 'assessment',
};

export type SearchHit = Readonly<{
  source: SearchSource;
  sourceId: number;
  participantId: number;
  participantName: string;
  /** The note to open: the note itself, or the note an addendum belongs to. */
  noteId: number | null;
  snippet: string;
}>;

/**
 * Ranking every match of a common word in 200,000 notes costs seconds, so only the newest
 * matches (FTS5 walks rowids backwards and stops early) are ranked by bm25. Snippets are cut
 * in code from the few hits returned: asking FTS5 for each would repeat the prefix expansion.
 */
const RANK_WINDOW = 500;
const SNIPPET_WORDS = 16;

export function search(db: Database, text: string, limit: number): SearchHit[] {
  const match = toPrefixQuery(text);
  if (!match) return [];
  const ranked = db
    .prepare(
      `SELECT rowid, score, participantId, text FROM (
         SELECT rowid, bm25(search_index) AS score, participant_id AS participantId, text
         FROM search_index WHERE search_index MATCH $match ORDER BY rowid DESC LIMIT $window
       ) ORDER BY score LIMIT $limit`,
    )
    .all<{ rowid: number; score: number; participantId: number; text: string }>({
      match,
      window: RANK_WINDOW,
      limit,
    });
  const nameOf = db.prepare(
    "SELECT given_name || ' ' || family_name AS name FROM participants WHERE id = ?",
  );
  const noteOfAddendum = db.prepare('SELECT note_id AS n FROM note_addenda WHERE id = ?');
  const terms = queryTerms(text);
  return ranked.flatMap((r) => {
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
        snippet: snippet(r.text, terms),
      },
    ];
  });
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

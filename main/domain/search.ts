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

export function search(db: Database, text: string, limit: number): SearchHit[] {
  const match = toPrefixQuery(text);
  if (!match) return [];
  const rows = db
    .prepare(
      `SELECT s.rowid AS rowid, s.participant_id AS participantId,
         snippet(search_index, 0, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}', '…', 16) AS snippet,
         p.given_name || ' ' || p.family_name AS participantName
       FROM search_index s JOIN participants p ON p.id = s.participant_id
       WHERE search_index MATCH ? ORDER BY bm25(search_index) LIMIT ?`,
    )
    .all<{ rowid: number; participantId: number; snippet: string; participantName: string }>([
      match,
      limit,
    ]);
  return rows.map((r) => {
    const source = SOURCES[r.rowid % 8]!;
    const sourceId = Math.floor(r.rowid / 8);
    const noteId =
      source === 'note'
        ? sourceId
        : source === 'addendum'
          ? Number(
              db.prepare('SELECT note_id AS n FROM note_addenda WHERE id = ?').get([sourceId])?.n ??
                0,
            ) || null
          : null;
    return {
      source,
      sourceId,
      participantId: r.participantId,
      participantName: r.participantName,
      noteId,
      snippet: r.snippet,
    };
  });
}

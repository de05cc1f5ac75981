// Migration 17: the search index keeps prefix indexes for words of 1, 2 and 3 characters
// (FTS5's prefix option, https://sqlite.org/fts5.html#prefix_indexes), so what a consultant has
// typed so far answers from one precomputed doclist instead of a merge of every term it begins
// (issue 12, item 4). Measured on 200,000 seeded notes, keyed, cipher_memory_security on, the
// machine under load: 1–3 letters took 5–17 ms p50 and 14–66 ms p95 through the vocabulary
// expansion (domain/fts-expand.ts), 1.4–1.6 ms p50 and 3–19 ms p95 with the prefix index; the
// index grew from 97 to 156 MB (+60 MB at 200,000 notes), which every rekey rewrites.
//
// FTS5 options cannot be altered, so the index is built again: the triggers that write to it
// are dropped and put back from their own stored SQL (unchanged), a new table with the prefix
// option is filled from the old one's stored text, the old one dropped (secure_delete zeroes its
// pages) and the new one renamed, shadow tables with it.
import type { Migration } from './types';

export const migration017: Migration = {
  version: 17,
  name: 'search-prefix-index',
  up: (db) => {
    const triggers = db
      .prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE '%search_index%' ORDER BY name",
      )
      .all<{ name: string; sql: string }>();
    for (const t of triggers) db.exec(`DROP TRIGGER "${t.name.replace(/"/g, '""')}"`);
    db.exec(`
      CREATE VIRTUAL TABLE search_index_017 USING fts5(
        text,
        folded,
        participant_id UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 0',
        prefix = '1 2 3'
      );
      INSERT INTO search_index_017 (rowid, text, folded, participant_id)
        SELECT rowid, text, folded, participant_id FROM search_index;
      DROP TABLE search_index;
      ALTER TABLE search_index_017 RENAME TO search_index;
      INSERT INTO search_index (search_index) VALUES ('optimize');
    `);
    for (const t of triggers) db.exec(t.sql);
  },
};

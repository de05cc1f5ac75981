// Migration 16: notes that belong to no participant are deleted, and triggers refuse a note
// without both a participant and a programme from now on (issue 14, item 2). Migration 2 kept
// the walking skeleton's notes ownerless (participant_id NULL) and `vault seed --notes N` went
// on writing them: no timeline shows them and no erasure reaches them, so they would stay for
// ever. A note with a participant but no programme (no code path writes one) is kept: it shows
// in that person's timeline and goes with the person's erasure.
//
// Why triggers and not NOT NULL columns: SQLite cannot add NOT NULL to a column, so that would
// mean rebuilding `notes` (copy, DROP, RENAME). DROP TABLE deletes the rows first, which with
// foreign keys on cascades into note_addenda and fires the search-index triggers, and
// foreign_keys cannot be switched off inside the transaction every migration runs in. Two
// triggers give the same guarantee without touching the stored rows.
//
// notes_by_participant gains `id DESC`: the timeline orders by (occurred_at DESC, id DESC), and
// without the id the last term was sorted in a temporary B-tree for every page.
import type { Migration } from './types';

export const migration016: Migration = {
  version: 16,
  name: 'ownerless-notes',
  up: (db) => {
    const ownerless = 'participant_id IS NULL';
    // Addenda first (only a locked note has them, and skeleton notes were drafts, but a row is
    // not trusted to have kept that rule); their search rows go by search_addendum_ad.
    db.exec(`DELETE FROM note_addenda WHERE note_id IN (SELECT id FROM notes WHERE ${ownerless})`);
    const { changes } = db.prepare(`DELETE FROM notes WHERE ${ownerless}`).run();
    // search_note_ad removed their search rows; rewriting the index leaves none of their words
    // in its older segments either (done only when something was deleted: it rewrites it all).
    if (changes > 0) db.exec("INSERT INTO search_index (search_index) VALUES ('optimize')");
    db.exec(`
      DROP INDEX notes_by_participant;
      CREATE INDEX notes_by_participant ON notes (participant_id, occurred_at DESC, id DESC);
      CREATE TRIGGER notes_need_owner BEFORE INSERT ON notes
      WHEN new.participant_id IS NULL OR new.programme_id IS NULL
      BEGIN SELECT RAISE(ABORT, 'a note belongs to a participant and a programme'); END;
      CREATE TRIGGER notes_keep_owner BEFORE UPDATE OF participant_id, programme_id ON notes
      WHEN new.participant_id IS NULL OR new.programme_id IS NULL
      BEGIN SELECT RAISE(ABORT, 'a note belongs to a participant and a programme'); END;
    `);
  },
};

// Migration 1: vault metadata and a first notes table with its FTS5 index.
import type { Migration } from './types';

export const migration001: Migration = {
  version: 1,
  name: 'meta-and-notes',
  up: (db) => {
    db.exec(`
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE notes (
        id         INTEGER PRIMARY KEY,
        body       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- remove_diacritics 0: "får" (sheep) and "far" (father) are different words.
      CREATE VIRTUAL TABLE notes_fts USING fts5(
        body,
        content = 'notes',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 0'
      );
      -- Deleted text must not linger in FTS segments.
      INSERT INTO notes_fts (notes_fts, rank) VALUES ('secure-delete', 1);

      CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts (rowid, body) VALUES (new.id, new.body);
      END;
      CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
      END;
      CREATE TRIGGER notes_au AFTER UPDATE OF body ON notes BEGIN
        INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
        INSERT INTO notes_fts (rowid, body) VALUES (new.id, new.body);
      END;
    `);
  },
};

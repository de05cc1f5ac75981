// Migration 12: importing an enrolment list (main/import/). The audit trail gains the action
// 'import' (one record per imported list: how many people were created and how many matched,
// never a name), which needs the table rebuilt because SQLite cannot alter a CHECK. And the
// column mapping the consultant confirmed is remembered per funder, so the next list from the
// same job centre or NAV office maps itself: header words only, never a person's data.
import type { Migration } from './types';

export const migration012: Migration = {
  version: 12,
  name: 'import',
  up: (db) => {
    db.exec(`
      CREATE TABLE audit_log_new (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        action      TEXT NOT NULL CHECK (action IN ('reveal', 'copy', 'export', 'delete', 'import')),
        subject_ref TEXT,
        detail      TEXT NOT NULL DEFAULT ''
      ) STRICT;
      INSERT INTO audit_log_new (id, at, actor, action, subject_ref, detail)
        SELECT id, at, actor, action, subject_ref, detail FROM audit_log;
      DROP TABLE audit_log;
      ALTER TABLE audit_log_new RENAME TO audit_log;

      -- funder: the programme's funder as written; headers: JSON object from a header's
      -- normalised words to a field name, or null for a column the consultant chose to ignore.
      CREATE TABLE import_mappings (
        funder     TEXT PRIMARY KEY,
        headers    TEXT NOT NULL CHECK (json_valid(headers) AND json_type(headers) = 'object'),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

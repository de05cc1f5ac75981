// Migration 3: retention. Editable policy presets, postponements, CV reconfirmation dates, and
// the deletion-record chain (no personal data: counts, scope ids, rule, time, consultant, hashes).
import type { Migration } from './types';

export const migration003: Migration = {
  version: 3,
  name: 'retention',
  up: (db) => {
    db.exec(`
      CREATE TABLE retention_presets (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        source     TEXT NOT NULL,
        rules      TEXT NOT NULL CHECK (json_valid(rules)),
        updated_at TEXT NOT NULL
      ) STRICT;

      -- A due item put off: why, until when (at most 30 days), by whom. Keyed by the due item's key.
      CREATE TABLE retention_postponements (
        id          INTEGER PRIMARY KEY,
        item_key    TEXT NOT NULL,
        reason      TEXT NOT NULL,
        until       TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        actor       TEXT NOT NULL
      ) STRICT;
      CREATE INDEX postponements_by_key ON retention_postponements (item_key, until);

      ALTER TABLE documents ADD COLUMN reconfirmed_on TEXT;

      -- Each shredding, chained by hash so a removed or edited record is detectable.
      CREATE TABLE deletion_records (
        id         INTEGER PRIMARY KEY,
        body       TEXT NOT NULL CHECK (json_valid(body)),
        prev_hash  TEXT NOT NULL,
        hash       TEXT NOT NULL UNIQUE
      ) STRICT;
      CREATE TRIGGER deletion_records_append_only BEFORE UPDATE ON deletion_records
      BEGIN SELECT RAISE(ABORT, 'deletion records are append-only'); END;
    `);
  },
};

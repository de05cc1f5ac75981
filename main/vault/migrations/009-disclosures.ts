// Migration 9: disclosures (GDPR art. 15(1)(c), 19, 30; the Norwegian notice: data is shared with
// business customers where needed): what was shared about a participant, with which
// organisation, when, why (legal basis), and which documents (by id and file name at the time).
// They go with their person; before that, a rectification or erasure lists them to notify.
import type { Migration } from './types';

const DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'";

export const migration009: Migration = {
  version: 9,
  name: 'disclosures',
  up: (db) => {
    db.exec(`
      CREATE TABLE disclosures (
        id             INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        recipient      TEXT NOT NULL CHECK (length(recipient) > 0),
        shared_on      TEXT NOT NULL CHECK (shared_on ${DATE}),
        legal_basis    TEXT NOT NULL CHECK (length(legal_basis) > 0),
        purpose        TEXT NOT NULL DEFAULT '',
        documents      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(documents)),
        created_by     TEXT NOT NULL,
        created_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX disclosures_by_participant ON disclosures (participant_id, shared_on);
    `);
  },
};

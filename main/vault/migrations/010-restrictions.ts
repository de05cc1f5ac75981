// Migration 10: restriction of processing (GDPR art. 18; main/requests/restriction.ts). While a
// participant has a restriction not yet lifted, their data is only stored: every change to it
// is refused and no retention rule deletes it. Each restriction keeps when, by whom, why and
// under which request, and when and why it was lifted. The rows go with their person.
import type { Migration } from './types';

export const migration010: Migration = {
  version: 10,
  name: 'restrictions',
  up: (db) => {
    db.exec(`
      CREATE TABLE restrictions (
        id             INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        started_at     TEXT NOT NULL,
        started_by     TEXT NOT NULL,
        reason         TEXT NOT NULL CHECK (length(reason) > 0),
        request_id     INTEGER REFERENCES requests (id) ON DELETE SET NULL,
        lifted_at      TEXT,
        lifted_by      TEXT,
        lift_reason    TEXT,
        CHECK ((lifted_at IS NULL) = (lift_reason IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX restrictions_one_active ON restrictions (participant_id) WHERE lifted_at IS NULL;
    `);
  },
};

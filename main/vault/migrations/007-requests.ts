// Migration 7: the register of data-subject requests (GDPR art. 12–21; main/requests/). A request
// is kept after the person is erased (participant_id becomes NULL), as the proof it was
// answered; it names the deletion record its erasure wrote. An identity check records how and
// by whom, never a copy of a document. The CHECK lists come from main/requests/vocabulary.ts.
import {
  IDENTITY_METHODS,
  MAX_EXTENSION_MONTHS,
  REQUEST_CHANNELS,
  REQUEST_KINDS,
  REQUEST_STATUSES,
  sqlList,
} from '../../requests/vocabulary';
import type { Migration } from './types';

const DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'";

export const migration007: Migration = {
  version: 7,
  name: 'requests',
  up: (db) => {
    db.exec(`
      CREATE TABLE requests (
        id                  INTEGER PRIMARY KEY,
        participant_id      INTEGER REFERENCES participants (id) ON DELETE SET NULL,
        kind                TEXT NOT NULL CHECK (kind IN (${sqlList(REQUEST_KINDS)})),
        channel             TEXT NOT NULL CHECK (channel IN (${sqlList(REQUEST_CHANNELS)})),
        received_on         TEXT NOT NULL CHECK (received_on ${DATE}),
        due_on              TEXT NOT NULL CHECK (due_on ${DATE}),
        extension_months    INTEGER NOT NULL DEFAULT 0
                            CHECK (extension_months BETWEEN 0 AND ${MAX_EXTENSION_MONTHS}),
        extension_reason    TEXT,
        extension_told_on   TEXT CHECK (extension_told_on IS NULL OR extension_told_on ${DATE}),
        identity_method     TEXT CHECK (identity_method IS NULL OR identity_method IN (${sqlList(IDENTITY_METHODS)})),
        identity_checked_by TEXT,
        identity_checked_on TEXT CHECK (identity_checked_on IS NULL OR identity_checked_on ${DATE}),
        status              TEXT NOT NULL DEFAULT 'open' CHECK (status IN (${sqlList(REQUEST_STATUSES)})),
        outcome             TEXT NOT NULL DEFAULT '',
        deletion_record_id  INTEGER REFERENCES deletion_records (id),
        created_by          TEXT NOT NULL,
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL,
        closed_at           TEXT,
        CHECK (extension_months = 0 OR (length(extension_reason) > 0 AND extension_told_on IS NOT NULL)),
        CHECK (status NOT IN ('refused', 'partlyRefused') OR length(outcome) > 0),
        CHECK ((identity_method IS NULL) = (identity_checked_on IS NULL))
      ) STRICT;
      CREATE INDEX requests_open_by_due ON requests (due_on) WHERE status IN ('open', 'inProgress');
      CREATE INDEX requests_by_participant ON requests (participant_id);
    `);
  },
};

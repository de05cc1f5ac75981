// Migration 8: the trail of rectifications (GDPR art. 16; main/requests/rectification.ts). One
// row per changed field: when, by whom, why, under which request. No old value is kept, except
// the masked form of an old national ID (DDMMYY-••••), which says which number was corrected
// without keeping it. The rows go with their person (they are data about them).
import { CORRECTED_FIELDS, sqlList } from '../../requests/vocabulary';
import type { Migration } from './types';

export const migration008: Migration = {
  version: 8,
  name: 'corrections',
  up: (db) => {
    db.exec(`
      CREATE TABLE corrections (
        id             INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        field          TEXT NOT NULL CHECK (field IN (${sqlList(CORRECTED_FIELDS)})),
        changed_at     TEXT NOT NULL,
        changed_by     TEXT NOT NULL,
        reason         TEXT NOT NULL DEFAULT '',
        request_id     INTEGER REFERENCES requests (id) ON DELETE SET NULL,
        old_masked     TEXT CHECK (old_masked IS NULL OR field = 'nationalId')
      ) STRICT;
      CREATE INDEX corrections_by_participant ON corrections (participant_id, changed_at);
    `);
  },
};

// Migration 11: an addendum can name the correction request it answers (GDPR art. 16: a locked
// note is corrected only by an addendum, and the addendum is the request's proof). No ON DELETE
// action: addenda are read-only (a trigger refuses any UPDATE), and requests are never deleted.
import type { Migration } from './types';

export const migration011: Migration = {
  version: 11,
  name: 'addendum-request',
  up: (db) => {
    db.exec(`
      ALTER TABLE note_addenda ADD COLUMN request_id INTEGER REFERENCES requests (id);
    `);
  },
};

// Migration 14: why an enrolment ended (job, education, sickness, moved, other), kept with the
// enrolment and gone with it at close-out or erasure. 'other' carries the consultant's own words;
// the other reasons carry none. Older ended enrolments keep NULL: their reason was never asked.
import type { Migration } from './types';

export const migration014: Migration = {
  version: 14,
  name: 'enrolment-end-reason',
  up: (db) => {
    db.exec(`
      ALTER TABLE enrolments ADD COLUMN end_reason TEXT
        CHECK (end_reason IN ('job', 'education', 'sickness', 'moved', 'other'));
      ALTER TABLE enrolments ADD COLUMN end_reason_text TEXT
        CHECK (end_reason_text IS NULL OR (end_reason = 'other' AND length(end_reason_text) BETWEEN 1 AND 500));
    `);
  },
};

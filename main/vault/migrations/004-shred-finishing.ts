// Migration 4: the finishing steps of a shredding, each with a durable marker. A step is done for
// every deletion record up to `done_through` (the newest record when it finished), so a step
// that finished is never run again, and a later purge makes every step owed again. The rekey's
// own marker is the vault's `keyDestructionCovers` (written by the rekey right after the
// database step); its row here records that the shredding saw it through.
import type { Migration } from './types';

export const migration004: Migration = {
  version: 4,
  name: 'shred-finishing',
  up: (db) => {
    db.exec(`
      CREATE TABLE shred_finishing (
        step         TEXT PRIMARY KEY
                     CHECK (step IN ('merge', 'walTruncate', 'vacuum', 'rekey', 'backups')),
        done_through INTEGER NOT NULL CHECK (done_through >= 0),
        done_at      TEXT NOT NULL
      ) STRICT;
    `);
  },
};

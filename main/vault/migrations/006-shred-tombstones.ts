// Migration 6: one tombstone per deletion record, written in the purge's transaction: what the
// purge removed, named only by random references (a participant's `audit_ref`, a programme's
// id, a row's id with its person's `audit_ref`), never by name, ID or content. The shredding
// ledger (retention/shred-ledger.ts) copies records and tombstones to the OS keychain, so an
// older copy of the vault put back can be purged again. Like the records, tombstones are
// append-only. A record from before this version has no tombstone.
import type { Migration } from './types';

export const migration006: Migration = {
  version: 6,
  name: 'shred-tombstones',
  up: (db) => {
    db.exec(`
      CREATE TABLE shred_tombstones (
        record_id INTEGER PRIMARY KEY REFERENCES deletion_records (id),
        tombstone TEXT NOT NULL CHECK (json_valid(tombstone))
      ) STRICT;
      CREATE TRIGGER shred_tombstones_no_update BEFORE UPDATE ON shred_tombstones
      BEGIN SELECT RAISE(ABORT, 'tombstones are append-only'); END;
      CREATE TRIGGER shred_tombstones_no_delete BEFORE DELETE ON shred_tombstones
      BEGIN SELECT RAISE(ABORT, 'tombstones are append-only'); END;
    `);
  },
};

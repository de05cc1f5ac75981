// Migration 5: the deletion-record chain cannot lose a record. Migration 3 already refuses an
// UPDATE; a DELETE is refused too, so the newest record (which no later hash would betray) can
// neither be edited nor removed through SQL. The purge only ever inserts records.
import type { Migration } from './types';

export const migration005: Migration = {
  version: 5,
  name: 'deletion-chain-guard',
  up: (db) => {
    db.exec(`
      CREATE TRIGGER deletion_records_no_delete BEFORE DELETE ON deletion_records
      BEGIN SELECT RAISE(ABORT, 'deletion records are append-only'); END;
    `);
  },
};

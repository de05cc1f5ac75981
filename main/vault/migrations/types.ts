// Shape of one numbered migration.
import type { Database } from '../database';

export type Migration = Readonly<{
  /** Equals the PRAGMA user_version the database has after this step. */
  version: number;
  name: string;
  up: (db: Database) => void;
}>;

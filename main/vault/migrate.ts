// Runs pending migrations, each in its own transaction with its user_version bump,
// and refuses a vault written by a newer app before changing anything.
import type { Database } from './database';
import { VaultFromFutureError } from './errors';
import { migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/types';

/** The vault's schema version (PRAGMA user_version), 0 for an empty database. */
export function schemaVersion(db: Database): number {
  return Number(db.pragmaValue('user_version') ?? 0);
}

/** Throws VaultFromFutureError if the file is newer than `migrations` know. Read-only. */
export function assertNotFromFuture(
  db: Database,
  migrations: readonly Migration[] = allMigrations,
): void {
  const latest = migrations.at(-1)?.version ?? 0;
  const found = schemaVersion(db);
  if (found > latest) throw new VaultFromFutureError(found, latest);
}

/**
 * Applies every migration above the current version, up to `target` (default: all), each in its
 * own transaction. Returns the version reached. Throws VaultFromFutureError for a vault newer than
 * the app, and Error for a migration list out of sequence (a programming error).
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[] = allMigrations,
  target: number = migrations.at(-1)?.version ?? 0,
): number {
  assertNotFromFuture(db, migrations);
  let current = schemaVersion(db);
  for (const m of migrations) {
    if (m.version <= current || m.version > target) continue;
    if (m.version !== current + 1) throw new Error(`migration ${m.version} is out of sequence`);
    db.transaction(() => {
      m.up(db);
      db.exec(`PRAGMA user_version = ${m.version}`);
    });
    current = m.version;
  }
  return current;
}

// An unkeyed (plain SQLite) opener for comparisons only: benchmarks set it beside the keyed
// vault, and the shredding tests search its raw bytes. PRAGMA rekey, meaningless without
// encryption, is skipped so the very same close-out code runs on it.
import type { OpenDatabase } from './database';
import { openSqlCipher } from './sqlcipher-driver';

/**
 * Opens `path` as plain, unencrypted SQLite for comparisons only (benchmarks, raw-byte searches);
 * PRAGMA rekey does nothing on it. Never for a vault.
 */
export const openUnkeyedForComparison: OpenDatabase = (path) => {
  const db = openSqlCipher(path, null);
  return {
    ...db,
    pragmaValue: (source) => (/^\s*rekey\s*=/i.test(source) ? undefined : db.pragmaValue(source)),
    rekey: () => undefined,
  };
};

// A vault that runs the same code on an unkeyed (plain SQLite) file, so raw bytes can be searched
// for leftovers. Only `PRAGMA rekey`, which has no meaning without encryption, is skipped.
import type { Database, OpenDatabase } from '../../main/vault/database';
import { openSqlCipher } from '../../main/vault/sqlcipher-driver';
import { Vault } from '../../main/vault/vault';
import { MemoryLogger } from '../../main/vault/logger';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { TEST_KDF } from './temp-vault';

const openUnkeyed: OpenDatabase = (path) => {
  const db = openSqlCipher(path, null);
  const wrapped: Database = {
    ...db,
    pragmaValue: (source) => (/^\s*rekey\s*=/i.test(source) ? undefined : db.pragmaValue(source)),
  };
  return wrapped;
};

export function unkeyedVault(dataDir: string): Vault {
  return new Vault({
    dataDir,
    keyStore: new KeytarKeyStore(),
    logger: new MemoryLogger(),
    kdfCost: TEST_KDF,
    openDatabase: openUnkeyed,
  });
}

// A vault that runs the same code on an unkeyed (plain SQLite) file, so raw bytes can be searched for leftovers.
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { MemoryLogger } from '../../main/vault/logger';
import { openUnkeyedForComparison } from '../../main/vault/unkeyed';
import { Vault } from '../../main/vault/vault';
import { TEST_KDF } from './temp-vault';

export function unkeyedVault(dataDir: string): Vault {
  return new Vault({
    dataDir,
    keyStore: new KeytarKeyStore(),
    logger: new MemoryLogger(),
    kdfCost: TEST_KDF,
    openDatabase: openUnkeyedForComparison,
  });
}

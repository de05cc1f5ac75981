// Test helpers: a fresh data folder per test, a vault on it with the real keychain, file hashing.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import type { KeyStore } from '../../main/vault/key-store';
import { MemoryLogger } from '../../main/vault/logger';
import { Vault } from '../../main/vault/vault';

/** Cheap scrypt for tests only; production uses DEFAULT_KDF. The key file records the cost. */
export const TEST_KDF = { N: 2 ** 14, r: 8, p: 1 } as const;
export const TEST_PASSPHRASE = 'korrekt hest batteri hæfteklamme';

export function tempDir(prefix = 'fortrolig-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function testVault(dataDir: string, keyStore: KeyStore = new KeytarKeyStore()) {
  const logger = new MemoryLogger();
  const vault = new Vault({ dataDir, keyStore, logger, kdfCost: TEST_KDF });
  return { vault, logger, keyStore };
}

export function sha256File(path: string): string | null {
  if (!existsSync(path)) return null;
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

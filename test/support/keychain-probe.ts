// Child-process probe: tries the real keychain, then the passphrase; prints one JSON line.
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { Vault } from '../../main/vault/vault';
import { TEST_KDF, TEST_PASSPHRASE } from './temp-vault';

const dataDir = process.argv[2]!;
const vault = new Vault({ dataDir, keyStore: new KeytarKeyStore(), kdfCost: TEST_KDF });
const started = Date.now();
let keychainError = 'none';
try {
  await vault.unlock();
} catch (err) {
  keychainError = (err as { code?: string }).code ?? 'unknown';
}
const keychainMs = Date.now() - started;
const { keychain } = await vault.unlockWithPassphrase(TEST_PASSPHRASE);
process.stdout.write(
  JSON.stringify({ keychainError, keychainMs, keychain, state: vault.state() }) + '\n',
);
vault.lock();
// A keytar call abandoned at its deadline still occupies a libuv thread until libsecret gives up.
process.exit(0);

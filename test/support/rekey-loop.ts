// Child process for the crash test: unlocks from the keychain and rekeys the vault again and
// again, printing "rekeyed" after each completed rekey, until it is killed.
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { Vault } from '../../main/vault/vault';
import { TEST_KDF } from './temp-vault';

const [dataDir] = process.argv.slice(2) as [string];
const vault = new Vault({ dataDir, keyStore: new KeytarKeyStore(), kdfCost: TEST_KDF });
await vault.unlock();
process.stdout.write('unlocked\n');
for (;;) {
  await vault.rekey();
  process.stdout.write('rekeyed\n');
}

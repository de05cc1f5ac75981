// Child process for keychain-listing-survives-churn: for argv[3] ms, creates and deletes entries
// under the keychain service argv[2] as fast as the Secret Service allows, the way another
// Fortrolig process (a CLI shredding, a second window) may while this one lists its entries.
// Prints how many entries it created. Failures of single calls are expected (the lister may
// be reading the same item) and ignored; only a crash of this process would matter.
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';

const [service, ms] = [process.argv[2]!, Number(process.argv[3])];
const store = new KeytarKeyStore(service);
const key = new Uint8Array(32).fill(7);
const end = Date.now() + ms;
let created = 0;
while (Date.now() < end) {
  const account = `churn-${created % 8}`;
  await store.set(account, key).catch(() => undefined);
  await store.delete(account).catch(() => undefined);
  created += 1;
}
process.stdout.write(`${JSON.stringify({ created })}\n`);
process.exit(0);

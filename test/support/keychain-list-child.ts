// Child process for keychain-listing-survives-churn: lists the accounts under the keychain
// service argv[2] for argv[3] ms, concurrently with itself (four listings in flight) and with
// its own creates and deletes, and prints one JSON line: how many listings answered, how many
// failed with which error class, and whether every answer held the stable account argv[4].
// Run as a child so a crash (the SIGSEGV keytar's findCredentials has on Linux) is an exit
// signal the test can read, not the death of the test runner.
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';

const [service, ms, stable] = [process.argv[2]!, Number(process.argv[3]), process.argv[4]!];
const store = new KeytarKeyStore(service);
const key = new Uint8Array(32).fill(9);
const end = Date.now() + ms;
let listed = 0;
let stableMissing = 0;
const failures: Record<string, number> = {};

async function lister(): Promise<void> {
  while (Date.now() < end) {
    try {
      const accounts = await store.accounts();
      listed += 1;
      if (!accounts.includes(stable)) stableMissing += 1;
    } catch (err) {
      // The class and, for a keychain that did not answer, why ('timeout', 'noService').
      const reason = (err as { reason?: string }).reason;
      const name = `${(err as Error).constructor.name}${reason ? `:${reason}` : ''}`;
      failures[name] = (failures[name] ?? 0) + 1;
    }
  }
}

async function churner(): Promise<void> {
  let n = 0;
  while (Date.now() < end) {
    const account = `own-churn-${n++ % 4}`;
    await store.set(account, key).catch(() => undefined);
    await store.delete(account).catch(() => undefined);
  }
}

await Promise.all([lister(), lister(), lister(), lister(), churner()]);
process.stdout.write(`${JSON.stringify({ listed, stableMissing, failures })}\n`);
process.exit(0);

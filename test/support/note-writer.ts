// Child-process writer for the crash test: unlocks from the keychain, then writes session notes forever,
// printing each note's marker only after its transaction has committed.
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { Vault } from '../../main/vault/vault';
import { writeNote } from './session-note-case';
import { TEST_KDF } from './temp-vault';

const [dataDir, trial] = process.argv.slice(2) as [string, string];
const vault = new Vault({ dataDir, keyStore: new KeytarKeyStore(), kdfCost: TEST_KDF });
await vault.unlock();
for (let i = 0; ; i++) {
  const marker = `t${trial}-n${i}`;
  vault.db.transaction(() =>
    writeNote(vault.db, `${marker} ${'Samtale om jobsøgning. '.repeat(1 + (i % 20))}`),
  );
  process.stdout.write(`${marker}\n`);
}

// Child process for the crash test: unlocks from the keychain and closes out programme "Forløb Alfa".
import { closeOutProgramme } from '../../main/retention/close-out';
import { finishShredding } from '../../main/retention/shred';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { Vault } from '../../main/vault/vault';
import { TEST_KDF } from './temp-vault';

const [dataDir, paperJson] = process.argv.slice(2) as [string, string];
const vault = new Vault({ dataDir, keyStore: new KeytarKeyStore(), kdfCost: TEST_KDF });
await vault.unlock();
const ctx = {
  vault,
  now: () => new Date('2026-11-22T12:00:00Z'),
  actor: 'KB',
  onPhase: (p: string) => process.stdout.write(`${p}\n`),
};
process.stdout.write('unlocked\n');
await finishShredding(ctx);
const programme = vault.db
  .prepare("SELECT id, status FROM programmes WHERE name = 'Forløb Alfa'")
  .get<{ id: number; status: string }>()!;
if (programme.status !== 'closed') {
  await closeOutProgramme(ctx, {
    programmeId: programme.id,
    typedName: 'Forløb Alfa',
    paper: JSON.parse(paperJson),
    presetId: null,
  });
}
vault.lock();
process.stdout.write('finished\n');
process.exit(0);

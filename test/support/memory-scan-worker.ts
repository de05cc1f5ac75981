// Worker entry for the memory-scan test: the real Vault with the real PortKeyStore, as in
// main/host/vault-worker.ts, answering a few test channels (there is no IPC channel that only
// rekeys). Loaded through ts-worker.mjs by createWorkerClient, which answers the keychain. As
// in the app, the same script runs the real read worker (role 'reader'), which this vault
// grants its key after create and rekey and revokes at lock, so its copy is scanned for too.
import { randomBytes } from 'node:crypto';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { scrubHeap } from '../../main/host/heap-scrub';
import { PortKeyStore } from '../../main/host/port-key-store';
import { exitWorkerThread, runReadWorker } from '../../main/host/read-worker';
import { isStopRequest } from '../../main/host/worker-protocol';
import { WriterGate } from '../../main/host/reader-gate';
import { parseWorkerData } from '../../main/host/worker-protocol';
import { Vault } from '../../main/vault/vault';
import { maskedForms } from './memory-scan';
import { writeNote } from './session-note-case';
import { TEST_KDF, TEST_PASSPHRASE } from './temp-vault';

const port = parentPort!;
const gate = workerData.gate as SharedArrayBuffer;
const readerPort = workerData.readerPort as MessagePort;
if (workerData.role === 'reader')
  runReadWorker(port, parseWorkerData(workerData), gate, readerPort);
const readers = new WriterGate(gate, readerPort);
const keyStore = new PortKeyStore(port);
const vault = new Vault({
  dataDir: workerData.dataDir as string,
  keyStore,
  kdfCost: TEST_KDF,
  revokeReaders: () => readers.revoke(),
});
/** As dispatch does after a call that leaves the vault unlocked: the reader gets the key. */
function grantReader(): void {
  const key = vault.keyForReader();
  try {
    readers.grant(key);
  } finally {
    key.fill(0);
  }
}
// The positive control: a marker kept alive in this isolate as bytes and as a hex string,
// planted before the vault is created (see memory-scan-child.ts).
const planted: unknown[] = [];

async function handle(channel: string): Promise<unknown> {
  switch (channel) {
    case 'test.create': {
      const { vaultId } = await vault.create(TEST_PASSPHRASE);
      grantReader();
      return { vaultId };
    }
    case 'test.note':
      writeNote(vault.db, 'Samtale om jobsøgning og CV');
      return {};
    case 'test.rekey':
      await vault.rekey();
      grantReader();
      return {};
    case 'test.lock':
      vault.lock();
      await readers.closed();
      // As main/host/vault-worker.ts does after 'vault.lock' (scrubYoungGeneration there is
      // the same function).
      scrubHeap();
      return {};
    case 'test.plant': {
      const marker = randomBytes(32);
      planted.push(marker, marker.toString('hex'));
      return maskedForms('workerMarker', marker, (n) => randomBytes(n)).map((n) => ({
        name: n.name,
        masked: Array.from(n.masked),
        mask: Array.from(n.mask),
      }));
    }
    default:
      throw new Error(`unknown test channel ${channel}`);
  }
}

if (workerData.role !== 'reader')
  port.on('message', (message: { type?: string; id?: number; channel?: string }) => {
    if (keyStore.accept(message)) return;
    // The client stops its workers with a message, as main/host/vault-worker.ts handles it.
    if (isStopRequest(message)) exitWorkerThread(() => vault.lock());
    if (message?.type !== 'call') return;
    void handle(String(message.channel))
      .then(
        (value) => ({ ok: true, value }),
        (err: { code?: string; message?: string }) => ({
          ok: false,
          error: { code: err?.code ?? 'internal', detail: err?.message },
        }),
      )
      .then((result) => port.postMessage({ type: 'result', id: message.id, result }));
  });

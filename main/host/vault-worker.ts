// Worker-thread entry: runs the vault core off the main thread and answers dispatch requests.
// The same script runs the read worker when workerData.role is 'reader' (read-worker.ts).
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { IpcResult } from '../ipc/contract';
import { createDispatch } from '../ipc/dispatch';
import { stderrLogger } from '../vault/logger';
import { Vault } from '../vault/vault';
import { scrubYoungGeneration } from './heap-scrub';
import { PortKeyStore } from './port-key-store';
import { PortPicker } from './port-picker';
import { exitWorkerThread, isStopRequest, runReadWorker } from './read-worker';
import { WriterGate } from './reader-gate';
import { isCallRequest, parseWorkerData, type CallResponse } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('vault-worker must run in a worker thread');

const config = parseWorkerData(workerData);
// Given by a client that runs a read worker beside this one (worker-client.ts).
const gateMemory = (workerData as { gate?: unknown }).gate;
const readerPort = (workerData as { readerPort?: unknown }).readerPort as MessagePort | undefined;

if (config.role === 'reader') {
  if (!(gateMemory instanceof SharedArrayBuffer) || !readerPort)
    throw new Error('read worker needs its gate and port');
  runReadWorker(port, config, gateMemory, readerPort);
} else {
  runVaultWorker(port);
}

function runVaultWorker(port: MessagePort): void {
  const readers =
    gateMemory instanceof SharedArrayBuffer && readerPort
      ? new WriterGate(gateMemory, readerPort, () => stderrLogger.warn('reader.slowRead'))
      : undefined;
  const keyStore = new PortKeyStore(port);
  const vault = new Vault({
    dataDir: config.dataDir,
    keyStore,
    logger: stderrLogger,
    kdfCost: config.kdfCost,
    ...(readers ? { revokeReaders: () => readers.revoke() } : {}),
  });
  // The open dialog lives in the main process; the chosen path comes back here, never to the page.
  const picker = new PortPicker(port);
  const dispatch = createDispatch(
    {
      vault,
      dataDir: config.dataDir,
      now: () => new Date(),
      pickBackupFile: () => picker.pick('backup'),
      pickKeyFile: () => picker.pick('keyFile'),
      pickFolder: () => picker.pick('folder'),
      pickImportList: () => picker.pick('importList'),
    },
    stderrLogger,
    readers ? { readers } : {},
  );
  const internal: IpcResult<never> = { ok: false, error: { code: 'internal' } };

  port.on('message', (message: unknown) => {
    if (keyStore.accept(message) || picker.accept(message)) return;
    // Lock revokes the reader first, so a read in progress there finishes before the key goes.
    if (isStopRequest(message))
      exitWorkerThread(() => {
        vault.lock();
        scrubYoungGeneration();
      });
    if (!isCallRequest(message)) {
      stderrLogger.error('worker.badRequest');
      return;
    }
    // dispatch turns every failure into a result; the catch only guards against a bug there.
    void dispatch(message.channel, message.input)
      .catch(() => internal)
      .then((result) => {
        const response: CallResponse = { type: 'result', id: message.id, result };
        port.postMessage(response);
        // The driver's PRAGMA key/rekey text is a string JS cannot zero: overwrite it after lock.
        if (message.channel === 'vault.lock') scrubYoungGeneration();
      });
  });
}

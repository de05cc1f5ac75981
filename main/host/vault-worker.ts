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
import { exitWorkerThread, runReadWorker } from './read-worker';
import { WriterGate } from './reader-gate';
import {
  isCallRequest,
  isStopRequest,
  parseWorkerData,
  type CallResponse,
} from './worker-protocol';

/**
 * How long, once asked to stop, the vault worker lets calls under way finish (creating a vault
 * derives its key for about a second) before it exits anyway.
 */
const STOP_DRAIN_MS = 3_000;

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
  /** Calls dispatched and not yet answered. */
  let inFlight = 0;
  let stopping = false;
  // Lock revokes the reader first, so a read in progress there finishes before the key goes.
  const exit = () =>
    exitWorkerThread(() => {
      vault.lock();
      scrubYoungGeneration();
    });

  port.on('message', (message: unknown) => {
    if (keyStore.accept(message) || picker.accept(message)) return;
    if (isStopRequest(message)) {
      // A call waiting on the key derivation or the keychain holds a key in its own variables,
      // which only its own finally zeroes: calls under way may finish first, for STOP_DRAIN_MS at
      // most (the thread still exits from here, between event-loop turns, never inside SQLCipher).
      stopping = true;
      if (inFlight === 0) exit();
      setTimeout(exit, STOP_DRAIN_MS);
      return;
    }
    if (!isCallRequest(message)) {
      stderrLogger.error('worker.badRequest');
      return;
    }
    if (stopping) {
      const response: CallResponse = { type: 'result', id: message.id, result: internal };
      port.postMessage(response);
      return;
    }
    inFlight++;
    // dispatch turns every failure into a result; the catch only guards against a bug there.
    void dispatch(message.channel, message.input)
      .catch(() => internal)
      .then((result) => {
        const response: CallResponse = { type: 'result', id: message.id, result };
        port.postMessage(response);
        // The driver's PRAGMA key/rekey text is a string JS cannot zero: overwrite it after lock.
        if (message.channel === 'vault.lock') scrubYoungGeneration();
      })
      .finally(() => {
        inFlight--;
        if (stopping && inFlight === 0) exit();
      });
  });
}

// Worker-thread entry: runs the vault core off the main thread and answers dispatch requests.
import { parentPort, workerData } from 'node:worker_threads';
import type { IpcResult } from '../ipc/contract';
import { createDispatch } from '../ipc/dispatch';
import { stderrLogger } from '../vault/logger';
import { Vault } from '../vault/vault';
import { scrubYoungGeneration } from './heap-scrub';
import { PortKeyStore } from './port-key-store';
import { PortPicker } from './port-picker';
import { isCallRequest, parseWorkerData, type CallResponse } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('vault-worker must run in a worker thread');

const config = parseWorkerData(workerData);
const keyStore = new PortKeyStore(port);
const vault = new Vault({
  dataDir: config.dataDir,
  keyStore,
  logger: stderrLogger,
  kdfCost: config.kdfCost,
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
);
const internal: IpcResult<never> = { ok: false, error: { code: 'internal' } };

port.on('message', (message: unknown) => {
  if (keyStore.accept(message) || picker.accept(message)) return;
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

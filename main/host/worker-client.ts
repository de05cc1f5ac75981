// The main process's handle on the vault worker: forwards calls, and outlives a worker that dies.
import { Worker } from 'node:worker_threads';
import type { IpcResult } from '../ipc/contract';
import type { KeyStore } from '../vault/key-store';
import { KeytarKeyStore } from '../vault/keytar-key-store';
import { stderrLogger, type Logger } from '../vault/logger';
import { scrubYoungGeneration } from './heap-scrub';
import { answerKeyStoreRequest } from './key-store-server';
import {
  isCallResponse,
  isKeyStoreRequest,
  isPickRequest,
  type CallRequest,
  type PickRequest,
  type PickResponse,
  type PickWhat,
  type VaultWorkerData,
} from './worker-protocol';

export type WorkerClientOptions = Readonly<{
  /** The worker script: the bundled vault-worker.cjs, or a bootstrap that loads the TS source. */
  script: string | URL;
  /** Extra fields are passed through for a bootstrap script (e.g. the entry it should load). */
  workerData: VaultWorkerData & Readonly<Record<string, unknown>>;
  /** The keychain, used from this thread on the worker's behalf; defaults to keytar. */
  keyStore?: KeyStore;
  logger?: Logger;
  /** Called when a worker ends without terminate(): its vault is locked now. */
  onUnexpectedExit?: () => void;
  /**
   * The main process's open dialog, for the core's pickers (restore a backup pair, put back a
   * key file): resolves to the chosen path or null. Without it every pick answers cancelled.
   */
  pickFile?: (what: PickWhat) => Promise<string | null>;
}>;

export type WorkerClient = Readonly<{
  invoke(channel: string, input: unknown): Promise<IpcResult<unknown>>;
  terminate(): Promise<void>;
}>;

type LiveWorker = { worker: Worker; pending: Map<number, (result: IpcResult<unknown>) => void> };

const INTERNAL: IpcResult<never> = { ok: false, error: { code: 'internal' } };

export function createWorkerClient(options: WorkerClientOptions): WorkerClient {
  const logger = options.logger ?? stderrLogger;
  const keyStore = options.keyStore ?? new KeytarKeyStore();
  let live: LiveWorker | null = null;
  let nextId = 1;
  let terminated = false;

  function start(): LiveWorker {
    const worker = new Worker(options.script, { workerData: options.workerData });
    const self: LiveWorker = { worker, pending: new Map() };
    worker.on('message', (message: unknown) => {
      if (isPickRequest(message)) {
        void answerPick(message).then((response) => worker.postMessage(response));
        return;
      }
      if (isKeyStoreRequest(message)) {
        // A reply to a worker that has since exited is dropped by postMessage, harmlessly.
        void answerKeyStoreRequest(keyStore, message).then(({ response, transfer }) => {
          try {
            worker.postMessage(response, transfer);
          } finally {
            // Not sent (the worker is gone): the key is still here; zero it.
            for (const buffer of transfer) if (buffer.byteLength) new Uint8Array(buffer).fill(0);
            // keytar took or gave the key as a hex string, which cannot be zeroed: overwrite it.
            if (message.op === 'get' || message.op === 'set') scrubYoungGeneration();
          }
        });
        return;
      }
      if (!isCallResponse(message)) {
        logger.error('worker.badResponse');
        return;
      }
      const resolve = self.pending.get(message.id);
      self.pending.delete(message.id);
      resolve?.(message.result);
    });
    // Only the error's class name: a message could quote data the worker was handling.
    worker.on('error', (err: Error) => logger.error('worker.crashed', { error: err.name }));
    worker.on('exit', (code: number) => {
      if (live === self) live = null;
      for (const resolve of self.pending.values()) resolve(INTERNAL);
      self.pending.clear();
      if (!terminated) {
        logger.warn('worker.exited', { code });
        options.onUnexpectedExit?.();
      }
    });
    return self;
  }

  /** A dialog that fails (no window, a platform error) is a cancelled pick; only the class name is logged. */
  async function answerPick(request: PickRequest): Promise<PickResponse> {
    let path: string | null = null;
    try {
      const chosen = options.pickFile ? await options.pickFile(request.what) : null;
      path = typeof chosen === 'string' && chosen.length > 0 ? chosen : null;
    } catch (err) {
      logger.error('worker.pickFailed', { error: (err as Error)?.name ?? 'unknown' });
    }
    return { type: 'pickResult', id: request.id, path };
  }

  return {
    invoke(channel, input) {
      if (terminated) return Promise.resolve(INTERNAL);
      // Restarted on demand rather than on exit, so a worker that cannot start never spins.
      live ??= start();
      const target = live;
      const id = nextId++;
      return new Promise((resolve) => {
        target.pending.set(id, resolve);
        const request: CallRequest = { type: 'call', id, channel, input };
        try {
          target.worker.postMessage(request);
        } catch {
          // Input that cannot be cloned never reaches the core; it is not valid input anyway.
          target.pending.delete(id);
          resolve({ ok: false, error: { code: 'validation' } });
        }
      });
    },
    async terminate() {
      terminated = true;
      const current = live;
      live = null;
      if (!current) return;
      for (const resolve of current.pending.values()) resolve(INTERNAL);
      current.pending.clear();
      await current.worker.terminate();
    },
  };
}

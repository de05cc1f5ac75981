// The main process's handle on the vault worker: forwards calls, and outlives a worker that dies.
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { IpcResult } from '../ipc/contract';
import type { KeyStore } from '../vault/key-store';
import { KeytarKeyStore } from '../vault/keytar-key-store';
import { stderrLogger, type Logger } from '../vault/logger';
import { scrubYoungGeneration } from './heap-scrub';
import { answerKeyStoreRequest } from './key-store-server';
import { isReadChannel } from '../ipc/read-channels';
import { createGateMemory } from './reader-gate';
import {
  isCallResponse,
  isReaderStateMessage,
  isRerouteResponse,
  isKeyStoreRequest,
  isPickRequest,
  type CallRequest,
  type PickRequest,
  type PickResponse,
  type PickWhat,
  type StopRequest,
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
  /**
   * Run a read worker beside the vault worker (default true): reads in ipc/read-channels.ts
   * then answer from a second, query-only connection while the vault worker runs long work.
   */
  readWorker?: boolean;
}>;

export type WorkerClient = Readonly<{
  invoke(channel: string, input: unknown): Promise<IpcResult<unknown>>;
  /**
   * True when the read worker last said it is open (reads in ipc/read-channels.ts go there);
   * for tests and diagnostics: a read sent to a reader that has just closed comes back anyway.
   */
  readerOpen(): boolean;
  /**
   * Ends both workers and answers every call still open with `internal`; later calls get
   * `internal` too. Each worker is asked to close its connection and exit between calls (see
   * stopWorker); resolves once both have exited, and once any stop already under way (a read
   * worker whose vault worker died) has ended. Never rejects.
   */
  terminate(): Promise<void>;
}>;

type Pending = Map<number, (result: IpcResult<unknown>) => void>;
/**
 * The vault worker and, beside it, the read worker; `readerOpen` is what the read worker last
 * said (a hint for routing: the gate, not this flag, decides whether a read runs there).
 */
type LiveWorker = {
  worker: Worker;
  /** Resolves when the thread has exited, however it ended. */
  gone: Promise<void>;
  pending: Pending;
  exited: boolean;
  reader: {
    worker: Worker;
    gone: Promise<void>;
    pending: Map<
      number,
      Readonly<{ channel: string; input: unknown; resolve: (result: IpcResult<unknown>) => void }>
    >;
    open: boolean;
  } | null;
};

const INTERNAL: IpcResult<never> = { ok: false, error: { code: 'internal' } };

/**
 * How long a worker asked to stop may take to finish the call it is in before it is terminated
 * anyway. A backup (VACUUM INTO), a shredding's rekey or an access copy of a large vault runs
 * for tens of seconds inside one SQLCipher call (close-out at 200,000 notes: 19 s, bench), and
 * terminating it there aborts the process; so only a thread stuck far longer than any such
 * call (a hang) reaches the fallback.
 */
const STOP_DEADLINE_MS = 180_000;

/**
 * The main process's client for the vault worker and, unless `readWorker` is false, the read
 * worker beside it (read-worker.ts). Workers start on the first call and the vault worker is
 * started again on the next call after it died (the vault is then locked). `invoke` answers the
 * core's envelope and never rejects: a dead worker answers `internal`, input that cannot be
 * cloned `validation`; reads in ipc/read-channels.ts go to the read worker while it is open and
 * to the vault worker otherwise. The keychain is answered here for the vault worker, whose key
 * crosses only as transferred ArrayBuffers that this thread zeroes.
 */
export function createWorkerClient(options: WorkerClientOptions): WorkerClient {
  const logger = options.logger ?? stderrLogger;
  const keyStore = options.keyStore ?? new KeytarKeyStore();
  let live: LiveWorker | null = null;
  let nextId = 1;
  let terminated = false;
  /** Stops under way (stopWorker), so terminate() can wait for a reader stopped on its own. */
  const stopping = new Set<Promise<void>>();

  /** A promise that resolves when `worker` exits (registered before it can). */
  function exitOf(worker: Worker): Promise<void> {
    return new Promise((resolve) => worker.once('exit', () => resolve()));
  }

  /**
   * Ends `worker` without Worker.terminate() whenever it can. terminate() stops a thread at any
   * point: if that point is inside a SQLCipher call, the call's next N-API step fails (the
   * isolate is terminating), the addon (node-addon-api, built without
   * NODE_API_SWALLOW_UNTHROWABLE_EXCEPTIONS) tries to throw, napi_throw fails too, and it calls
   * napi_fatal_error: abort() of this whole process, not just the thread. So the worker is sent
   * a `stop` request, which it handles between calls: it closes its connection and exits
   * (read-worker.ts, exitWorkerThread). Only a worker that has not exited after
   * STOP_DEADLINE_MS (stuck in one call) is terminated, with the risk above, logged first.
   * Resolves once the thread has exited; never rejects.
   */
  function stopWorker(worker: Worker, gone: Promise<void>, event: string): Promise<void> {
    const request: StopRequest = { type: 'stop' };
    // To a thread that has already exited this is dropped, and `gone` has resolved.
    worker.postMessage(request);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), STOP_DEADLINE_MS);
    });
    const stop = Promise.race([gone.then(() => 'exited' as const), late])
      .then(async (outcome) => {
        clearTimeout(timer);
        if (outcome === 'exited') return;
        logger.warn(event);
        await worker.terminate();
      })
      .catch(() => undefined)
      .finally(() => stopping.delete(stop));
    stopping.add(stop);
    return stop;
  }

  function start(): LiveWorker {
    const withReader = options.readWorker ?? true;
    const gate = withReader ? createGateMemory() : null;
    const channel = withReader ? new MessageChannel() : null;
    const worker = new Worker(options.script, {
      workerData: {
        ...options.workerData,
        role: 'writer',
        ...(gate && channel ? { gate, readerPort: channel.port1 } : {}),
      },
      ...(channel ? { transferList: [channel.port1] } : {}),
    });
    const self: LiveWorker = {
      worker,
      gone: exitOf(worker),
      pending: new Map(),
      exited: false,
      reader: null,
    };
    if (gate && channel) self.reader = startReader(self, gate, channel.port2);
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
      self.exited = true;
      for (const resolve of self.pending.values()) resolve(INTERNAL);
      self.pending.clear();
      // Its key was granted by this vault worker: the reader goes with it.
      void stopReader(self);
      if (!terminated) {
        logger.warn('worker.exited', { code });
        options.onUnexpectedExit?.();
      }
    });
    return self;
  }

  /**
   * Starts the read worker (the same script, role 'reader') on `port`, the other end of the
   * vault worker's channel. A read it hands back ('reroute') is sent to the vault worker.
   */
  function startReader(owner: LiveWorker, gate: SharedArrayBuffer, port: MessagePort) {
    const worker = new Worker(options.script, {
      workerData: { ...options.workerData, role: 'reader', gate, readerPort: port },
      transferList: [port],
    });
    const reader: NonNullable<LiveWorker['reader']> = {
      worker,
      gone: exitOf(worker),
      pending: new Map(),
      open: false,
    };
    worker.on('message', (message: unknown) => {
      if (isReaderStateMessage(message)) {
        reader.open = message.open;
        return;
      }
      if (isRerouteResponse(message)) {
        const call = reader.pending.get(message.id);
        reader.pending.delete(message.id);
        if (call) void sendToWriter(owner, call.channel, call.input).then(call.resolve);
        return;
      }
      if (!isCallResponse(message)) {
        logger.error('worker.badResponse');
        return;
      }
      const call = reader.pending.get(message.id);
      reader.pending.delete(message.id);
      call?.resolve(message.result);
    });
    worker.on('error', (err: Error) => logger.error('reader.crashed', { error: err.name }));
    worker.on('exit', () => {
      reader.open = false;
      if (owner.reader === reader) owner.reader = null;
      // Reads it had not answered go to the vault worker, which answers them as it would have.
      for (const [, call] of reader.pending)
        void sendToWriter(owner, call.channel, call.input).then(call.resolve);
      reader.pending.clear();
    });
    return reader;
  }

  async function stopReader(owner: LiveWorker): Promise<void> {
    const reader = owner.reader;
    owner.reader = null;
    if (!reader) return;
    reader.open = false;
    await stopWorker(reader.worker, reader.gone, 'reader.stopTimedOut');
  }

  function sendToWriter(
    target: LiveWorker,
    channel: string,
    input: unknown,
  ): Promise<IpcResult<unknown>> {
    const id = nextId++;
    return new Promise((resolve) => {
      if (terminated || target.exited) return resolve(INTERNAL);
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
  }

  function sendToReader(
    target: LiveWorker,
    channel: string,
    input: unknown,
  ): Promise<IpcResult<unknown>> {
    const reader = target.reader!;
    const id = nextId++;
    return new Promise((resolve) => {
      reader.pending.set(id, { channel, input, resolve });
      const request: CallRequest = { type: 'call', id, channel, input };
      try {
        reader.worker.postMessage(request);
      } catch {
        reader.pending.delete(id);
        resolve({ ok: false, error: { code: 'validation' } });
      }
    });
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
      if (target.reader?.open && isReadChannel(channel))
        return sendToReader(target, channel, input);
      return sendToWriter(target, channel, input);
    },
    readerOpen() {
      return live?.reader?.open ?? false;
    },
    async terminate() {
      terminated = true;
      const current = live;
      live = null;
      // The vault worker has died, and its reader may still be stopping.
      if (!current) {
        await Promise.all([...stopping]);
        return;
      }
      for (const resolve of current.pending.values()) resolve(INTERNAL);
      current.pending.clear();
      const reader = current.reader;
      current.reader = null;
      if (reader) {
        for (const call of reader.pending.values()) call.resolve(INTERNAL);
        reader.pending.clear();
      }
      await Promise.all([
        stopWorker(current.worker, current.gone, 'worker.stopTimedOut'),
        reader ? stopWorker(reader.worker, reader.gone, 'reader.stopTimedOut') : undefined,
      ]);
      // A reader being stopped because its vault worker died before this call.
      await Promise.all([...stopping]);
    },
  };
}

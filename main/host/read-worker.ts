// The read worker: a second thread with its own query-only connection to vault.db, so the reads
// a consultant waits for (a caseload page, a participant, a search) answer while the vault
// worker runs long work (a backup's VACUUM INTO, an import, an access copy). It never writes,
// never sees the keychain, the key file or a passphrase: the vault worker grants it a copy of
// the key after an unlock and revokes it before anything changes the key, the file or deletes
// data (reader-gate.ts has the states and transitions; ipc/read-channels.ts the channels).
import type { MessagePort } from 'node:worker_threads';
import type { IpcResult } from '../ipc/contract';
import { prepareSearchVocabulary } from '../domain/fts-expand';
import { createReadDispatch } from '../ipc/dispatch';
import { KeychainUnavailableError } from '../vault/errors';
import type { KeyStore } from '../vault/key-store';
import { stderrLogger } from '../vault/logger';
import { Vault } from '../vault/vault';
import { scrubYoungGeneration } from './heap-scrub';
import { ReaderGate } from './reader-gate';
import {
  isCallRequest,
  isStopRequest,
  type CallResponse,
  type ReaderClosedMessage,
  type ReaderStateMessage,
  type RerouteResponse,
  type VaultWorkerData,
} from './worker-protocol';

/** The read worker holds no keychain: every operation fails as if there were none. */
const NO_KEYCHAIN: KeyStore = {
  get: () => Promise.reject(new KeychainUnavailableError()),
  set: () => Promise.reject(new KeychainUnavailableError()),
  delete: () => Promise.reject(new KeychainUnavailableError()),
  accounts: () => Promise.reject(new KeychainUnavailableError()),
  getText: () => Promise.reject(new KeychainUnavailableError()),
  setText: () => Promise.reject(new KeychainUnavailableError()),
};

const INTERNAL: IpcResult<never> = { ok: false, error: { code: 'internal' } };

/**
 * Ends this worker thread from its own event loop, between calls: `close` (which closes the
 * SQLCipher connection and zeroes the key) runs first, and the thread exits with code 0 even if
 * it throws. Never returns. No SQLCipher call can be in flight here, which is the point: the
 * thread ends where JavaScript chose, not wherever Worker.terminate() would have caught it.
 */
export function exitWorkerThread(close: () => void): never {
  try {
    close();
  } catch {
    // The thread ends anyway; its connection and key go with it.
  }
  process.exit(0);
}

/**
 * Runs the read worker on this thread: `parent` talks to the main thread (calls in, results or
 * reroutes out, and `readerState` so the client knows where to send reads), `writer` to the
 * vault worker (readerOpen / readerClose in, readerClosed out), `gateMemory` is shared with it.
 */
export function runReadWorker(
  parent: MessagePort,
  config: VaultWorkerData,
  gateMemory: SharedArrayBuffer,
  writer: MessagePort,
): void {
  const gate = new ReaderGate(gateMemory);
  const vault = new Vault({
    dataDir: config.dataDir,
    keyStore: NO_KEYCHAIN,
    logger: stderrLogger,
    prepareReadConnection: prepareSearchVocabulary,
  });
  /** The generation this connection was opened under; -1 while closed. */
  let generation = -1;
  const dispatch = createReadDispatch(
    { vault, dataDir: config.dataDir, now: () => new Date() },
    stderrLogger,
    { enter: () => generation >= 0 && gate.enter(generation), leave: () => gate.leave() },
  );
  const tell = (open: boolean) => {
    const message: ReaderStateMessage = { type: 'readerState', open };
    parent.postMessage(message);
  };
  const close = () => {
    generation = -1;
    vault.lock();
    // The key statement's text is a JS string: overwrite what the young generation held.
    scrubYoungGeneration();
  };

  writer.on('message', (message: unknown) => {
    const m = message as { type?: unknown; generation?: unknown; key?: unknown };
    if (
      m?.type === 'readerOpen' &&
      typeof m.generation === 'number' &&
      m.key instanceof ArrayBuffer
    ) {
      const key = new Uint8Array(m.key);
      try {
        close();
        // Granted and revoked again before this message was read: stay closed.
        if (!gate.current(m.generation)) return;
        vault.openForReading(key);
        generation = m.generation;
        tell(true);
      } catch (err) {
        // The vault worker keeps answering every read; only the class name is logged.
        stderrLogger.warn('reader.openFailed', {
          error: err instanceof Error ? err.name : 'unknown',
        });
        close();
        tell(false);
      } finally {
        key.fill(0);
      }
      return;
    }
    if (m?.type === 'readerClose' && typeof m.generation === 'number') {
      close();
      tell(false);
      const closed: ReaderClosedMessage = { type: 'readerClosed', generation: m.generation };
      writer.postMessage(closed);
    }
  });

  parent.on('message', (message: unknown) => {
    // A read waiting on a promise still holds the gate; it never resumes once this thread
    // ends, so the gate is left (after the connection is closed) for a writer's revoke().
    if (isStopRequest(message))
      exitWorkerThread(() => {
        close();
        gate.leave();
      });
    if (!isCallRequest(message)) {
      stderrLogger.error('worker.badRequest');
      return;
    }
    void dispatch(message.channel, message.input)
      .catch(() => INTERNAL)
      .then((result) => {
        const response: CallResponse | RerouteResponse =
          result === 'reroute'
            ? { type: 'reroute', id: message.id }
            : { type: 'result', id: message.id, result };
        parent.postMessage(response);
      });
  });
}

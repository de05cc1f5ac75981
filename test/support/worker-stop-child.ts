// Child process for worker-stop-mid-call.test.ts: puts a worker of createWorkerClient inside one
// long SQLCipher call, then ends it as the app does: `terminate` calls client.terminate() while
// the vault worker is in the call; `orphan` makes the vault worker die (exit 70) while the read
// worker is in the call, so the client stops the reader on its own. A worker ended by
// Worker.terminate() inside the addon aborts this whole process (SIGABRT); the test checks that
// this process ends normally and prints what it saw.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createWorkerClient } from '../../main/host/worker-client';
import { KeychainUnavailableError } from '../../main/vault/errors';
import type { KeyStore } from '../../main/vault/key-store';
import { MemoryLogger } from '../../main/vault/logger';
import { READER_SLOTS, SLOW, SLOW_SLOT_COUNT, WRITER_SLOTS } from './slow-query-slots';

const [mode, dataDir] = process.argv.slice(2) as ['terminate' | 'orphan', string];
const CRASH = 'test.crash';
const none = () => Promise.reject(new KeychainUnavailableError());
const keyStore: KeyStore = {
  get: none,
  set: none,
  delete: none,
  accounts: none,
  getText: none,
  setText: none,
};
const slots = new Int32Array(new SharedArrayBuffer(SLOW_SLOT_COUNT * Int32Array.BYTES_PER_ELEMENT));
const logger = new MemoryLogger();
const client = createWorkerClient({
  script: new URL('./ts-worker.mjs', import.meta.url),
  workerData: {
    dataDir,
    entry: pathToFileURL(resolve(import.meta.dirname, 'slow-query-worker.ts')).href,
    crashChannel: CRASH,
    slowQuery: slots.buffer,
  },
  keyStore,
  logger,
  readWorker: mode === 'orphan',
});

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the worker');
    await new Promise((r) => setTimeout(r, 5));
  }
}

const base = mode === 'orphan' ? READER_SLOTS : WRITER_SLOTS;
// The first call starts the workers.
const status = await client.invoke('vault.status', {});
if (!status.ok) throw new Error('vault.status failed');
await until(() => Atomics.load(slots, base + SLOW.ready) === 1);
Atomics.store(slots, base + SLOW.request, 1);
await until(() => Atomics.load(slots, base + SLOW.state) === 1);
if (mode === 'orphan') await client.invoke(CRASH, {});
await client.terminate();
process.stdout.write(
  `${JSON.stringify({
    queryState: Atomics.load(slots, base + SLOW.state),
    events: logger.entries.map((e) => e.event),
  })}\n`,
);

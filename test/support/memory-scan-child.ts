// Child process for keys-gone-from-memory.test.ts: runs the vault in a worker thread with the
// keychain answered in this main thread (createWorkerClient, real keytar), as the app does,
// then scans this whole process's memory for needles the test sends, masked.
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zeroFreedHeapMemory } from '../../main/host/heap-scrub';
import { createWorkerClient } from '../../main/host/worker-client';
import { MemoryLogger } from '../../main/vault/logger';
import { maskedForms, scanOwnMemory, type Needle } from './memory-scan';

// As main/electron/main.ts and main/cli.ts do first thing, before any key exists.
zeroFreedHeapMemory();

type WireNeedle = { name: string; masked: number[]; mask: number[] };
const dataDir = process.argv[2]!;
// Positive controls: a marker as bytes and as a hex string in this isolate, and one in the
// worker's (planted with its first call), kept alive from the start so they go through the
// same collections, compactions and scrubs as the keys; being old by the time of the scan,
// they are not moved by a scavenge while the scan runs (a young object could be, and then be
// missed).
const marker = randomBytes(32);
const keptAlive: unknown[] = [marker, marker.toString('hex')];
let workerMarker: WireNeedle[] = [];
const client = createWorkerClient({
  script: new URL('./ts-worker.mjs', import.meta.url),
  workerData: {
    dataDir,
    entry: pathToFileURL(resolve(import.meta.dirname, 'memory-scan-worker.ts')).href,
  },
  logger: new MemoryLogger(),
});
const send = (message: unknown) => process.send!(message);

async function call(channel: string, input: unknown = {}): Promise<unknown> {
  const result = await client.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value;
}

process.on('message', (message: { step: string; needles?: WireNeedle[] }) => {
  void (async () => {
    if (message.step === 'create') {
      workerMarker = (await call('test.plant')) as WireNeedle[];
      const { vaultId } = (await call('test.create')) as { vaultId: string };
      await call('test.note');
      await readFromReader();
      send({ step: 'created', vaultId });
    } else if (message.step === 'rekey') {
      await call('test.rekey');
      await call('test.note');
      await readFromReader();
      await call('test.lock');
      if (client.readerOpen()) throw new Error('the read worker is still open after lock');
      send({ step: 'locked' });
    } else if (message.step === 'scan') {
      const needles: Needle[] = [
        ...maskedForms('mainMarker', marker, (n) => randomBytes(n)),
        ...workerMarker.map(fromWire),
        ...message.needles!.map(fromWire),
      ];
      const report = scanOwnMemory(needles);
      if (keptAlive.length !== 2) throw new Error('markers dropped');
      await client.terminate();
      send({ step: 'scanned', report });
      process.disconnect();
    }
  })().catch((err: Error) => {
    send({ step: 'error', message: err.message });
    process.exitCode = 1;
    process.disconnect();
  });
});
send({ step: 'ready' });

/** A search answered by the read worker under the current key (it must have opened). */
async function readFromReader(): Promise<void> {
  const until = Date.now() + 10_000;
  while (!client.readerOpen()) {
    if (Date.now() > until) throw new Error('the read worker never opened');
    await new Promise((r) => setTimeout(r, 10));
  }
  await call('search.query', { text: 'jobsøgning' });
}

function fromWire(n: WireNeedle): Needle {
  return { name: n.name, masked: Uint8Array.from(n.masked), mask: Uint8Array.from(n.mask) };
}

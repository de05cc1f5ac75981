// The read worker's gate (host/reader-gate.ts) between two real threads: no read runs across a
// revoke (Dekker with sequentially consistent Atomics), reads do run while granted, and a revoke
// waits for a read in progress. The reader side runs in a worker thread, as in the app.
import { MessageChannel, Worker } from 'node:worker_threads';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { createGateMemory, ReaderGate, WriterGate } from '../../main/host/reader-gate';

const bootstrap = new URL('../support/ts-worker.mjs', import.meta.url);
const entry = pathToFileURL(resolve(__dirname, '../support/gate-reader.ts')).href;

it('no read runs across a revoke, over thousands of grants and revokes between two threads', async () => {
  const memory = createGateMemory();
  const flagMemory = new SharedArrayBuffer(8);
  const flags = new Int32Array(flagMemory);
  const { port1, port2 } = new MessageChannel();
  const writer = new WriterGate(memory, port1);
  const reader = new Worker(bootstrap, {
    workerData: { entry, gate: memory, flags: flagMemory, rounds: 1_000_000_000 },
  });
  const messages: unknown[] = [];
  let wake: () => void = () => undefined;
  reader.on('message', (m) => {
    messages.push(m);
    wake();
  });
  const next = async () => {
    while (messages.length === 0) await new Promise<void>((r) => (wake = r));
    return messages.shift();
  };
  expect(await next()).toBe('ready');
  const key = new Uint8Array(32).fill(7);
  const until = Date.now() + 1_500;
  let rounds = 0;
  while (Date.now() < until) {
    rounds++;
    Atomics.store(flags, 0, 0);
    writer.grant(key);
    // Let the reader in now and then.
    for (let spin = 0; spin < 500; spin++) Atomics.load(flags, 0);
    writer.revoke();
    Atomics.store(flags, 0, 1);
  }
  Atomics.store(flags, 1, 1);
  const { entered, refused, violations } = (await next()) as {
    entered: number;
    refused: number;
    violations: number;
  };
  await reader.terminate();
  port1.close();
  port2.close();
  expect(violations).toBe(0);
  expect(entered).toBeGreaterThan(0);
  expect(refused).toBeGreaterThan(0);
  expect(rounds).toBeGreaterThan(100);
});

it('a reader refuses a generation that is not the granted one, and revoke waits out a read', () => {
  const memory = createGateMemory();
  const { port1, port2 } = new MessageChannel();
  const writer = new WriterGate(memory, port1);
  const reader = new ReaderGate(memory);
  expect(reader.enter(0)).toBe(false);
  writer.grant(new Uint8Array(32));
  expect(writer.granted).toBe(true);
  expect(reader.enter(1)).toBe(true);
  reader.leave();
  writer.revoke();
  expect(writer.granted).toBe(false);
  expect(reader.enter(1)).toBe(false);
  expect(reader.current(1)).toBe(false);
  port1.close();
  port2.close();
});

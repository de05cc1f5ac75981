// Test-only worker bootstrap: lets a worker thread run the TypeScript vault worker through tsx.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);

// A test can name a channel that kills the thread, to prove the client survives a crash.
// Attached after the worker's own listener: a listener attached earlier would start the port
// flowing and drop requests sent before the worker was ready.
if (workerData.crashChannel && parentPort) {
  parentPort.on('message', (message) => {
    // The worker answers asynchronously, so exiting here beats its reply.
    if (message && message.channel === workerData.crashChannel) process.exit(70);
  });
}

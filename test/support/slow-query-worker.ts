// Worker entry for worker-stop-mid-call.test.ts: the real vault worker (or, by role, the real
// read worker), plus one thing the app never does: on the test's request, this thread runs one
// long SQLCipher query (about a second), so the test can stop the worker while it is inside it.
// The request and the answers go through shared memory, because the thread is blocked while
// the query runs and reads no messages. Loaded through ts-worker.mjs by createWorkerClient.
import { workerData } from 'node:worker_threads';
import SqlCipher from '@signalapp/sqlcipher';
import '../../main/host/vault-worker';
import { READER_SLOTS, SLOW, WRITER_SLOTS } from './slow-query-slots';

const slots = new Int32Array(workerData.slowQuery as SharedArrayBuffer);
const base = workerData.role === 'reader' ? READER_SLOTS : WRITER_SLOTS;
// Its own in-memory connection: what matters is that this thread is inside the addon.
const db = new SqlCipher(':memory:');
const QUERY =
  'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000) SELECT count(*) AS n FROM c';

const poll = setInterval(() => {
  if (Atomics.load(slots, base + SLOW.request) !== 1) return;
  clearInterval(poll);
  Atomics.store(slots, base + SLOW.state, 1);
  db.prepare(QUERY, { persistent: false }).get();
  Atomics.store(slots, base + SLOW.state, 2);
}, 5);
// The poll must not keep the thread alive: a stopped worker ends with its port.
poll.unref();
Atomics.store(slots, base + SLOW.ready, 1);

// Test-only worker: hammers the reader side of host/reader-gate.ts. Each round it reads the
// granted generation, enters, and while inside checks the slot the test's writer sets once
// revoke() has returned: seeing it set means a read ran across a revoke (a violation).
import { parentPort, workerData } from 'node:worker_threads';
import { ReaderGate } from '../../main/host/reader-gate';

const {
  gate: memory,
  flags: flagMemory,
  rounds,
} = workerData as {
  gate: SharedArrayBuffer;
  flags: SharedArrayBuffer;
  rounds: number;
};
const gate = new ReaderGate(memory);
const slots = new Int32Array(memory);
/** flags[0]: 1 once the writer's revoke() returned (until its next grant); flags[1]: stop. */
const flags = new Int32Array(flagMemory);
parentPort!.postMessage('ready');
let entered = 0;
let refused = 0;
let violations = 0;
for (let i = 0; i < rounds && Atomics.load(flags, 1) === 0; i++) {
  const generation = Atomics.load(slots, 0);
  if (generation % 2 === 0 || !gate.enter(generation)) {
    refused++;
    continue;
  }
  entered++;
  // A read takes a little while; the writer's revoke must wait it out.
  for (let spin = 0; spin < 200; spin++) if (Atomics.load(flags, 0) === 1) violations++;
  gate.leave();
}
parentPort!.postMessage({ entered, refused, violations });

// Clears what JavaScript cannot zero. Strings that held secret text (keytar's hex in the main
// thread, the driver's PRAGMA key text in the worker) are immutable: once they are garbage,
// their bytes go only when V8 overwrites or releases the memory they occupied.
//  - zeroFreedHeapMemory(), once at start-up: `--clear-free-memory`, so after every
//    collection V8 zeroes the young generation's vacated semispace (where the copies a
//    scavenge leaves behind are). Process-wide, so every isolate, worker threads included.
//  - scrubHeap(), after a key string was used and dropped: a full collection of the calling
//    isolate with compaction forced for that collection only, so every old-generation page
//    holding garbage is evacuated and released (V8 does not zero free old-generation memory
//    in release builds, but a released page is returned to the OS), then the young generation
//    is overwritten by allocation (in case the flag above was not set).
// Neither reaches a string that is still referenced: code that handles a key string must drop
// every reference to it (RegExp's last-match state included) before scrubHeap() runs.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Makes V8 zero the young generation's vacated semispace after every collection, in every
 * isolate of this process (V8 flags are process-wide; worker threads started later share
 * it). Call it first thing at start-up, before any key exists.
 */
export function zeroFreedHeapMemory(): void {
  setFlagsFromString('--clear-free-memory');
}

type Gc = (options?: { type?: 'major' | 'minor'; execution?: 'sync' | 'async' }) => void;
let gc: Gc | null = null;

/**
 * A full, synchronous, compacting collection of the calling isolate. `gc` is exposed only in
 * a context created while --expose-gc is set, and compaction of every page only while
 * --compact-on-every-full-gc is set; both flags are switched off again at once.
 */
function collectAndCompact(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    try {
      gc = runInNewContext('gc') as Gc;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  }
  setFlagsFromString('--compact-on-every-full-gc');
  try {
    gc({ type: 'major', execution: 'sync' });
  } finally {
    setFlagsFromString('--no-compact-on-every-full-gc');
  }
}

/**
 * Removes the bytes of the calling isolate's dead objects: two full compacting collections
 * (the second finishes the first one's sweeping and evacuates what it left), then the young
 * generation is overwritten. Tens of milliseconds on the app's heaps. Returns the bytes the
 * young-generation fill allocated.
 */
export function scrubHeap(): number {
  collectAndCompact();
  collectAndCompact();
  return fillYoungGeneration();
}

/**
 * The whole scrub (scrubHeap), under the name the call sites in main/host/worker-client.ts
 * and main/host/vault-worker.ts use; they predate the full collection.
 */
export const scrubYoungGeneration = scrubHeap;

/**
 * Allocates and drops about twice the young generation's capacity in small objects: a young
 * object that died stays in its semispace until allocation has filled the space it is in
 * and, after the flip, the other one, so two capacities overwrite every dead young object
 * (V8 semispace scavenger, as in Node 20-24). Costs a few milliseconds per 16 MiB of young
 * generation. Returns the bytes allocated.
 */
function fillYoungGeneration(): number {
  const space = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  const capacity = Math.max(space?.space_size ?? 0, 1 << 20);
  const target = 2 * capacity + (1 << 20);
  let allocated = 0;
  let sink = 0;
  while (allocated < target) {
    // 1 KiB filler arrays of zeros: plain heap objects, written in full.
    const filler = new Array<number>(128).fill(0);
    sink += filler.length;
    allocated += 128 * 8 + 32;
  }
  return sink > 0 ? allocated : 0;
}

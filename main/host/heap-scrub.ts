// Overwrites the V8 young generation of the calling thread with garbage, so that short-lived
// strings that held secret text (keytar's hex in the main thread, the driver's PRAGMA key text
// in the worker), which JavaScript cannot zero, are overwritten soon instead of lingering.
import { getHeapSpaceStatistics } from 'node:v8';

/**
 * Allocates and drops about twice the young generation's capacity in small objects: a young
 * object that died stays in its semispace until allocation has filled the space it is in
 * and, after the flip, the other one, so two capacities overwrite every dead young object
 * (V8 semispace scavenger, as in Node 20-24). Old-generation garbage is not reached. Costs a
 * few milliseconds per 16 MiB of young generation. Returns the bytes allocated.
 */
export function scrubYoungGeneration(): number {
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

// Shared-memory layout between worker-stop-child.ts and slow-query-worker.ts: three Int32
// slots for each worker role, at WRITER_SLOTS and READER_SLOTS.
export const WRITER_SLOTS = 0;
export const READER_SLOTS = 3;
/** ready: the entry has loaded; request: the test asks for the query; state: 1 in it, 2 done. */
export const SLOW = { ready: 0, request: 1, state: 2 } as const;
export const SLOW_SLOT_COUNT = 6;

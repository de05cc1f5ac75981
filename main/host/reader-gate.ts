// The gate between the vault worker (the writer, the only thread that changes the vault, its key
// or its files) and the read worker (a second, query-only connection to the same WAL-mode file
// that answers the reads listed in ipc/read-channels.ts while the writer runs long work).
//
// States, written down before the code (docs/ARCHITECTURE.md, "The read worker"):
//   generation odd   = the reader may serve reads opened under this generation ("granted")
//   generation even  = no read may start ("revoked"); 0, the start, is revoked
//   busy = 1         = the reader is inside one read
// Transitions:
//   grant (writer, after any call that leaves the vault unlocked and the reader revoked):
//     generation += 1 (→ odd), then post { readerOpen, generation, key } to the reader.
//   revoke (writer, synchronously, before any call that is not known to leave the key, the
//     file and the data the reader may have cached alone: lock, unlock, rekey, restore, every
//     shredding and deletion; also from Vault.lock() and Vault.rekey() themselves):
//     generation += 1 (→ even), wait until busy = 0, then post { readerClose } to the reader.
//   enter (reader, before each read): busy = 1, then if generation ≠ its own: busy = 0 and the
//     read is handed back to the writer ("reroute"); leave: busy = 0, notify.
// Dekker's argument with sequentially consistent Atomics: the writer stores generation then
// loads busy; the reader stores busy then loads generation; so either the reader sees the new
// generation (and reroutes) or the writer sees busy (and waits). No read starts after revoke()
// returns; one that started before has finished. A reader that has not yet opened, or opened
// under an older generation, reroutes every read: the gate, not the message order, decides.
import type { MessagePort } from 'node:worker_threads';
import { detachableCopy, type ReaderCloseMessage, type ReaderOpenMessage } from './worker-protocol';

const GENERATION = 0;
const BUSY = 1;
/** How long revoke() waits for a read in progress before it proceeds anyway (and logs). */
const READ_WAIT_MS = 10_000;

/** The shared memory both workers map: two Int32 slots (generation, busy). */
export function createGateMemory(): SharedArrayBuffer {
  return new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
}

/** The writer's side of the gate: grants the reader a copy of the key, and revokes it. */
export class WriterGate {
  readonly #slots: Int32Array;
  readonly #port: MessagePort;
  #granted = false;
  #closing: { generation: number; done: Promise<void>; resolve: () => void } | null = null;

  /**
   * @param memory the SharedArrayBuffer from createGateMemory(), shared with the read worker.
   * @param port the writer's end of the MessageChannel to the read worker.
   * @param onSlowReader called when a read outlived READ_WAIT_MS during revoke (no data given).
   */
  constructor(
    memory: SharedArrayBuffer,
    port: MessagePort,
    private readonly onSlowReader: () => void = () => undefined,
  ) {
    this.#slots = new Int32Array(memory);
    this.#port = port;
    port.on('message', (message: unknown) => {
      const m = message as { type?: unknown; generation?: unknown };
      const closing = this.#closing;
      if (m?.type === 'readerClosed' && closing && closing.generation === m.generation) {
        closing.resolve();
        this.#closing = null;
      }
    });
    // The port must not keep the worker alive on its own.
    port.unref();
  }

  /** True while the reader holds a key the writer gave it. */
  get granted(): boolean {
    return this.#granted;
  }

  /**
   * Gives the reader its own copy of the vault key under a new generation. `key` (32 bytes) is
   * copied into a transferred buffer; the caller keeps and zeroes its own. No-op when granted.
   */
  grant(key: Uint8Array): void {
    if (this.#granted) return;
    const generation = Atomics.add(this.#slots, GENERATION, 1) + 1;
    if (generation % 2 !== 1) throw new Error('reader gate: grant from a granted state');
    const copy = Buffer.alloc(32);
    copy.set(key);
    const transferable = detachableCopy(copy);
    const message: ReaderOpenMessage = { type: 'readerOpen', generation, key: transferable };
    try {
      this.#port.postMessage(message, [transferable]);
      this.#granted = true;
    } finally {
      if (transferable.byteLength) new Uint8Array(transferable).fill(0);
    }
  }

  /**
   * Revokes the reader synchronously: after this returns, no read runs on the reader's
   * connection until the next grant. Then asks the reader to close its connection and zero its
   * key; `closed()` resolves when it has. Safe to call when already revoked.
   */
  revoke(): void {
    if (!this.#granted) return;
    this.#granted = false;
    const generation = Atomics.add(this.#slots, GENERATION, 1) + 1;
    const deadline = Date.now() + READ_WAIT_MS;
    while (Atomics.load(this.#slots, BUSY) === 1) {
      const left = deadline - Date.now();
      if (left <= 0) {
        this.onSlowReader();
        break;
      }
      Atomics.wait(this.#slots, BUSY, 1, Math.min(left, 100));
    }
    let resolve!: () => void;
    const done = new Promise<void>((r) => (resolve = r));
    this.#closing = { generation, done, resolve };
    const message: ReaderCloseMessage = { type: 'readerClose', generation };
    this.#port.postMessage(message);
  }

  /**
   * Resolves when the reader has closed its connection and zeroed its key after the last
   * revoke(), or after `timeoutMs` (a reader thread that is gone answers nothing; its key went
   * with it). Resolves at once when nothing is closing.
   */
  async closed(timeoutMs = 5_000): Promise<void> {
    const closing = this.#closing;
    if (!closing) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      closing.done,
      new Promise<void>((r) => {
        timer = setTimeout(r, timeoutMs);
        timer.unref();
      }),
    ]);
    clearTimeout(timer);
  }
}

/** The reader's side of the gate: enter and leave each read. */
export class ReaderGate {
  readonly #slots: Int32Array;

  constructor(memory: SharedArrayBuffer) {
    this.#slots = new Int32Array(memory);
  }

  /**
   * Marks a read as started under `generation`. False (and nothing marked) when the writer has
   * revoked or re-granted since: the read must go to the writer instead.
   */
  enter(generation: number): boolean {
    // An even generation is a revoked one: nothing was ever granted under it.
    if (generation % 2 === 0) return false;
    Atomics.store(this.#slots, BUSY, 1);
    if (Atomics.load(this.#slots, GENERATION) === generation) return true;
    this.leave();
    return false;
  }

  /** Marks the read finished and wakes a writer waiting in revoke(). */
  leave(): void {
    Atomics.store(this.#slots, BUSY, 0);
    Atomics.notify(this.#slots, BUSY);
  }

  /** True when `generation` is still the granted one. */
  current(generation: number): boolean {
    return Atomics.load(this.#slots, GENERATION) === generation;
  }
}

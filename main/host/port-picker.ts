// Worker-side file picker: asks the main thread, which owns the window and its open dialog.
import type { MessagePort } from 'node:worker_threads';
import { isPickResponse, type PickRequest, type PickWhat } from './worker-protocol';

export class PortPicker {
  readonly #port: MessagePort;
  readonly #pending = new Map<number, (path: string | null) => void>();
  #nextId = 1;

  constructor(port: MessagePort) {
    this.#port = port;
  }

  /** Feeds a message from the main thread; returns true if it was a pick answer. */
  accept(message: unknown): boolean {
    if (!isPickResponse(message)) return false;
    const resolve = this.#pending.get(message.id);
    this.#pending.delete(message.id);
    resolve?.(message.path);
    return true;
  }

  /** The chosen path, or null when the consultant cancelled (or the host has no dialog). */
  pick(what: PickWhat): Promise<string | null> {
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      const request: PickRequest = { type: 'pick', id, what };
      this.#port.postMessage(request);
    });
  }
}

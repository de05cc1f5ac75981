// Worker-side KeyStore that asks the main thread, which owns the process's only keytar.
import type { MessagePort } from 'node:worker_threads';
import { KeychainLockedError, KeychainUnavailableError } from '../vault/errors';
import type { KeyStore } from '../vault/key-store';
import {
  isKeyStoreResponse,
  type KeyStoreRequest,
  type KeyStoreResponse,
  type KeyStoreValue,
} from './worker-protocol';

type Pending = (response: KeyStoreResponse) => void;
type Ask =
  | { op: 'get'; account: string }
  | { op: 'set'; account: string; key: ArrayBuffer }
  | { op: 'delete'; account: string }
  | { op: 'accounts' }
  | { op: 'getText'; account: string }
  | { op: 'setText'; account: string; text: string };

/**
 * Why not keytar in the worker: libsecret/GLib keeps process-wide state, and loading keytar
 * again in a restarted worker thread made keychain calls time out and then hang (seen with
 * gnome-keyring). The main thread loads it once; its own deadline bounds every call.
 *
 * Keys cross the port as transferred ArrayBuffers, never as strings (see worker-protocol.ts).
 */
export class PortKeyStore implements KeyStore {
  readonly #port: MessagePort;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;

  constructor(port: MessagePort) {
    this.#port = port;
  }

  /** Feeds a message from the main thread; returns true if it was a key store answer. */
  accept(message: unknown): boolean {
    if (!isKeyStoreResponse(message)) return false;
    const resolve = this.#pending.get(message.id);
    this.#pending.delete(message.id);
    if (resolve) resolve(message);
    else if (message.ok && message.value instanceof ArrayBuffer) {
      new Uint8Array(message.value).fill(0);
    }
    return true;
  }

  /** The key as a Buffer over the transferred bytes (no copy); the caller owns and zeroes it. */
  async get(account: string): Promise<Buffer | null> {
    const value = await this.#ask({ op: 'get', account });
    return value instanceof ArrayBuffer ? Buffer.from(value) : null;
  }

  /** Sends a copy of `key` (transferred, so it leaves this thread); `key` stays the caller's. */
  async set(account: string, key: Uint8Array): Promise<void> {
    // An explicit ArrayBuffer is off the V8 heap, so no GC move leaves a copy behind.
    const copy = new Uint8Array(new ArrayBuffer(key.byteLength));
    copy.set(key);
    await this.#ask({ op: 'set', account, key: copy.buffer }, [copy.buffer]);
  }

  async delete(account: string): Promise<boolean> {
    return (await this.#ask({ op: 'delete', account })) === true;
  }

  async accounts(): Promise<string[]> {
    const value = await this.#ask({ op: 'accounts' });
    return Array.isArray(value) ? value.filter((a): a is string => typeof a === 'string') : [];
  }

  async getText(account: string): Promise<string | null> {
    const value = await this.#ask({ op: 'getText', account });
    return typeof value === 'string' ? value : null;
  }

  async setText(account: string, text: string): Promise<void> {
    await this.#ask({ op: 'setText', account, text });
  }

  async #ask(request: Ask, transfer: ArrayBuffer[] = []): Promise<KeyStoreValue> {
    const id = this.#nextId++;
    const response = await new Promise<KeyStoreResponse>((resolve) => {
      this.#pending.set(id, resolve);
      const message: KeyStoreRequest = { type: 'keyStore', id, ...request };
      try {
        this.#port.postMessage(message, transfer);
      } finally {
        // Only left if postMessage threw before transferring.
        for (const buffer of transfer) if (buffer.byteLength) new Uint8Array(buffer).fill(0);
      }
    });
    if (!response.ok) {
      if (response.reason === 'locked') throw new KeychainLockedError();
      throw new KeychainUnavailableError(response.reason);
    }
    return response.value;
  }
}

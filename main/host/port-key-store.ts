// Worker-side KeyStore that asks the main thread, which owns the process's only keytar.
import type { MessagePort } from 'node:worker_threads';
import { KeychainUnavailableError } from '../vault/errors';
import type { KeyStore } from '../vault/key-store';
import { isKeyStoreResponse, type KeyStoreRequest, type KeyStoreResponse } from './worker-protocol';

type Pending = (response: KeyStoreResponse) => void;

/**
 * Why not keytar in the worker: libsecret/GLib keeps process-wide state, and loading keytar
 * again in a restarted worker thread made keychain calls time out and then hang (seen with
 * gnome-keyring). The main thread loads it once; its own deadline bounds every call.
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
    resolve?.(message);
    return true;
  }

  async get(account: string): Promise<string | null> {
    const value = await this.#ask({ op: 'get', account });
    return typeof value === 'string' ? value : null;
  }

  async set(account: string, secret: string): Promise<void> {
    await this.#ask({ op: 'set', account, secret });
  }

  async delete(account: string): Promise<boolean> {
    return (await this.#ask({ op: 'delete', account })) === true;
  }

  async #ask(
    request:
      | { op: 'get'; account: string }
      | { op: 'set'; account: string; secret: string }
      | { op: 'delete'; account: string },
  ): Promise<string | boolean | null> {
    const id = this.#nextId++;
    const response = await new Promise<KeyStoreResponse>((resolve) => {
      this.#pending.set(id, resolve);
      const message: KeyStoreRequest = { type: 'keyStore', id, ...request };
      this.#port.postMessage(message);
    });
    if (!response.ok) throw new KeychainUnavailableError(response.reason);
    return response.value;
  }
}

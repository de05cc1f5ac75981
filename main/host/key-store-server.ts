// Main-thread side of the worker's keychain requests: runs them on the process's one KeyStore.
import { KeychainLockedError, KeychainUnavailableError } from '../vault/errors';
import type { KeyStore } from '../vault/key-store';
import {
  detachableCopy,
  type KeychainFailure,
  type KeyStoreRequest,
  type KeyStoreResponse,
  type KeyStoreValue,
} from './worker-protocol';

/** An answer for the worker and the buffers to put in postMessage's transfer list. */
export type KeyStoreReply = Readonly<{ response: KeyStoreResponse; transfer: ArrayBuffer[] }>;

/**
 * Runs one worker request on `keyStore`. A key read is answered as an ArrayBuffer listed in
 * `transfer` (the caller posts it with that list, so this thread keeps no copy); a key to
 * write is zeroed here once the keychain call returns, whatever it answered.
 * Never throws: a failure becomes `{ ok: false, reason }` ('locked' for KeychainLockedError;
 * anything unexpected is 'noService', as its message could echo the account).
 */
export async function answerKeyStoreRequest(
  keyStore: KeyStore,
  request: KeyStoreRequest,
): Promise<KeyStoreReply> {
  try {
    let value: KeyStoreValue;
    const transfer: ArrayBuffer[] = [];
    if (request.op === 'get') {
      const key = await keyStore.get(request.account);
      value = key === null ? null : detachableCopy(key);
      if (value) transfer.push(value);
    } else if (request.op === 'delete') {
      value = await keyStore.delete(request.account);
    } else if (request.op === 'accounts') {
      value = await keyStore.accounts();
    } else if (request.op === 'getText') {
      value = await keyStore.getText(request.account);
    } else if (request.op === 'setText') {
      await keyStore.setText(request.account, request.text);
      value = null;
    } else {
      const key = new Uint8Array(request.key);
      try {
        await keyStore.set(request.account, key);
      } finally {
        key.fill(0);
      }
      value = null;
    }
    return { response: { type: 'keyStoreResult', id: request.id, ok: true, value }, transfer };
  } catch (err) {
    const reason: KeychainFailure =
      err instanceof KeychainLockedError
        ? 'locked'
        : err instanceof KeychainUnavailableError
          ? err.reason
          : 'noService';
    return {
      response: { type: 'keyStoreResult', id: request.id, ok: false, reason },
      transfer: [],
    };
  }
}

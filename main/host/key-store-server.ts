// Main-thread side of the worker's keychain requests: runs them on the process's one KeyStore.
import { KeychainUnavailableError } from '../vault/errors';
import type { KeyStore } from '../vault/key-store';
import type { KeychainFailure, KeyStoreRequest, KeyStoreResponse } from './worker-protocol';

export async function answerKeyStoreRequest(
  keyStore: KeyStore,
  request: KeyStoreRequest,
): Promise<KeyStoreResponse> {
  try {
    let value: string | boolean | null;
    if (request.op === 'get') value = await keyStore.get(request.account);
    else if (request.op === 'delete') value = await keyStore.delete(request.account);
    else {
      await keyStore.set(request.account, request.secret);
      value = null;
    }
    return { type: 'keyStoreResult', id: request.id, ok: true, value };
  } catch (err) {
    // Any other failure is reported as no service: its message could echo the account.
    const reason: KeychainFailure =
      err instanceof KeychainUnavailableError ? err.reason : 'noService';
    return { type: 'keyStoreResult', id: request.id, ok: false, reason };
  }
}

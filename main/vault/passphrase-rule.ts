// The recovery-passphrase rule the core enforces, whatever the window did: the same estimator
// as the window's strength meter (main/ipc/passphrase-strength.ts).
import { isAcceptablePassphrase } from '../ipc/passphrase-strength';
import { WeakPassphraseError } from './errors';

/**
 * Refuses a recovery passphrase the window's meter would call `tooShort` (under 12 characters)
 * or `weak` (under 60 bits by estimateStrength: e.g. `aaaaaaaaaaaa`, `Password1234`).
 * Call before deriving anything from it (vault create, passphrase change, restore).
 * @throws WeakPassphraseError (IPC code `weakPassphrase`) when it is not at least `fair`.
 */
export function assertStrongPassphrase(passphrase: string): void {
  if (!isAcceptablePassphrase(passphrase)) throw new WeakPassphraseError();
}

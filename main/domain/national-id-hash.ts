// Keyed look-up hash of a national ID, so the vault can find and de-duplicate without the number.
import { createHmac } from 'node:crypto';
import { normalizeNationalId, type NationalIdKind } from './national-ids';

// RFC 2104 discourages keys shorter than the hash output; a short key here is a wiring bug.
const MIN_KEY_BYTES = 32;

/**
 * Hex HMAC-SHA256 over `kind:digits`, so spelling variants (hyphen, surrounding spaces) of one
 * number give one hash. The message format is stored data: changing it orphans existing hashes.
 */
export function nationalIdLookupHash(key: Uint8Array, kind: NationalIdKind, value: string): string {
  if (key.byteLength < MIN_KEY_BYTES) {
    throw new RangeError(`nationalIdLookupHash: key must be at least ${MIN_KEY_BYTES} bytes`);
  }
  const digits = normalizeNationalId(kind, value);
  // The message never echoes the value: errors end up in logs.
  if (digits === undefined) throw new RangeError('nationalIdLookupHash: malformed national ID');
  return createHmac('sha256', key).update(`${kind}:${digits}`).digest('hex');
}

// Keyed look-up hash of a national ID, so the vault can find and de-duplicate without the number.
import { createHmac } from 'node:crypto';
import { normalizeNationalId, type NationalIdKind } from './national-ids';

// RFC 2104 discourages keys shorter than the hash output; a short key here is a wiring bug.
const MIN_KEY_BYTES = 32;

/**
 * The kind's tag inside the hashed message. Stored data: the Norwegian kind was named 'no'
 * until issue 14 renamed it (beside 'none' it read as "none"), and every stored hash says 'no'.
 */
const HASH_TAG: Readonly<Record<NationalIdKind, string>> = { cpr: 'cpr', norwegian: 'no' };

/**
 * Hex HMAC-SHA256 (64 lowercase hex characters) over `tag:digits` (tag: 'cpr' or 'no', see
 * HASH_TAG), so spelling variants (hyphen, surrounding spaces) of one number give one hash. The
 * message format is stored data: changing it orphans existing hashes.
 * @throws RangeError if `key` is shorter than 32 bytes or `value` is not a well-formed number.
 */
export function nationalIdLookupHash(key: Uint8Array, kind: NationalIdKind, value: string): string {
  if (key.byteLength < MIN_KEY_BYTES) {
    throw new RangeError(`nationalIdLookupHash: key must be at least ${MIN_KEY_BYTES} bytes`);
  }
  const digits = normalizeNationalId(kind, value);
  // The message never echoes the value: errors end up in logs.
  if (digits === undefined) throw new RangeError('nationalIdLookupHash: malformed national ID');
  return createHmac('sha256', key).update(`${HASH_TAG[kind]}:${digits}`).digest('hex');
}

// vault.key.json: the vault id and the database key wrapped by the recovery passphrase
// (scrypt KEK, AES-256-GCM), with every parameter needed to unwrap it stored beside it.
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  scrypt,
  timingSafeEqual,
} from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';
import { VaultCorruptError, WrongPassphraseError } from './errors';

export const KEY_FILE_FORMAT = 'fortrolig-key/1';

/** scrypt cost: N=2^17, r=8 (128 MiB, ~0.3–0.6 s on a laptop), OWASP's recommended floor. */
export const DEFAULT_KDF = { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 } as const;
export type KdfCost = { N: number; r: number; p: number };

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const KeyFileSchema = z.object({
  format: z.literal(KEY_FILE_FORMAT),
  vaultId: z.string().uuid(),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 14)
      .max(2 ** 22),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: b64,
  }),
  wrap: z.object({ name: z.literal('aes-256-gcm'), iv: b64, tag: b64, ciphertext: b64 }),
  keyCheck: b64,
});
export type KeyFile = z.infer<typeof KeyFileSchema>;

export function readKeyFile(path: string): KeyFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new VaultCorruptError('key file unreadable');
  }
  const parsed = KeyFileSchema.safeParse(raw);
  if (!parsed.success) throw new VaultCorruptError('key file malformed');
  return parsed.data;
}

export function writeKeyFile(path: string, file: KeyFile): void {
  writeFileAtomic(path, JSON.stringify(file, null, 2) + '\n');
}

/** Wraps `key` under a KEK derived from `passphrase`; a fresh salt and IV every time. */
export async function wrapKey(
  vaultId: string,
  key: Uint8Array,
  passphrase: string,
  cost: KdfCost = DEFAULT_KDF,
): Promise<KeyFile> {
  const salt = randomBytes(16);
  const kek = await deriveKek(passphrase, salt, cost);
  try {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', kek, iv);
    cipher.setAAD(aad(vaultId));
    const ciphertext = Buffer.concat([cipher.update(key), cipher.final()]);
    return {
      format: KEY_FILE_FORMAT,
      vaultId,
      kdf: { name: 'scrypt', ...pickCost(cost), salt: salt.toString('base64') },
      wrap: {
        name: 'aes-256-gcm',
        iv: iv.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
        ciphertext: ciphertext.toString('base64'),
      },
      keyCheck: keyCheck(vaultId, key).toString('base64'),
    };
  } finally {
    kek.fill(0);
  }
}

/** Returns the 32-byte key; WrongPassphraseError if the tag does not verify. */
export async function unwrapKey(file: KeyFile, passphrase: string): Promise<Buffer> {
  const kek = await deriveKek(passphrase, Buffer.from(file.kdf.salt, 'base64'), file.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(file.wrap.iv, 'base64'));
    decipher.setAAD(aad(file.vaultId));
    decipher.setAuthTag(Buffer.from(file.wrap.tag, 'base64'));
    let key: Buffer;
    try {
      key = Buffer.concat([
        decipher.update(Buffer.from(file.wrap.ciphertext, 'base64')),
        decipher.final(),
      ]);
    } catch {
      throw new WrongPassphraseError();
    }
    if (key.length !== 32 || !keyMatches(file, key)) {
      key.fill(0);
      throw new VaultCorruptError('key file inconsistent');
    }
    return key;
  } finally {
    kek.fill(0);
  }
}

/** True if `key` is this vault's key, judged by the stored HMAC check value (reveals nothing of the key). */
export function keyMatches(file: KeyFile, key: Uint8Array): boolean {
  const expected = Buffer.from(file.keyCheck, 'base64');
  const actual = keyCheck(file.vaultId, key);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

function keyCheck(vaultId: string, key: Uint8Array): Buffer {
  return createHmac('sha256', key).update(`fortrolig-key-check:${vaultId}`).digest();
}

function aad(vaultId: string): Buffer {
  return Buffer.from(`${KEY_FILE_FORMAT}:${vaultId}`, 'utf8');
}

function pickCost(cost: KdfCost): KdfCost {
  return { N: cost.N, r: cost.r, p: cost.p };
}

function deriveKek(passphrase: string, salt: Buffer, cost: KdfCost): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      passphrase.normalize('NFC'),
      salt,
      32,
      { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r + 1024 * 1024 },
      (err, derived) => (err ? reject(err) : resolve(derived)),
    );
  });
}

// vault.key.json: the vault id, a recovery key pair (X25519) whose private half is wrapped by the
// passphrase (scrypt KEK, AES-256-GCM), and the database key sealed to the recovery public key.
// Sealing to the public key lets the app renew the recovery copy after a rekey without asking
// for the passphrase; every parameter needed to open it is stored beside it.
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  scrypt,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';
import { VaultCorruptError, WrongPassphraseError } from './errors';

export const KEY_FILE_FORMAT = 'fortrolig-key/2';

/** scrypt cost: N=2^17, r=8 (128 MiB, ~0.3–0.6 s on a laptop), OWASP's recommended floor. */
export const DEFAULT_KDF = { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 } as const;
export type KdfCost = { N: number; r: number; p: number };

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const Sealed = z.object({ ephemeralPublicKey: b64, iv: b64, tag: b64, ciphertext: b64 }).strict();
const KeyFileSchema = z
  .object({
    format: z.literal(KEY_FILE_FORMAT),
    vaultId: z.uuid(),
    recovery: z
      .object({
        publicKey: b64,
        kdf: z
          .object({
            name: z.literal('scrypt'),
            N: z
              .number()
              .int()
              .min(2 ** 14)
              .max(2 ** 22),
            r: z.number().int().min(1).max(32),
            p: z.number().int().min(1).max(16),
            salt: b64,
          })
          .strict(),
        wrappedPrivateKey: z
          .object({ cipher: z.literal('aes-256-gcm'), iv: b64, tag: b64, ciphertext: b64 })
          .strict(),
      })
      .strict(),
    sealedKey: Sealed,
    keyCheck: b64,
    /** Present only while a rekey is under way: the key the database may already be using. */
    pending: z.object({ sealedKey: Sealed, keyCheck: b64 }).strict().optional(),
  })
  .strict();
export type KeyFile = z.infer<typeof KeyFileSchema>;
type SealedKey = z.infer<typeof Sealed>;

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
  writeFileAtomic(path, JSON.stringify(KeyFileSchema.parse(file), null, 2) + '\n');
}

/** A new key file: a fresh recovery key pair, its private half wrapped by `passphrase`, `key` sealed to it. */
export async function createKeyFile(
  vaultId: string,
  key: Uint8Array,
  passphrase: string,
  cost: KdfCost = DEFAULT_KDF,
): Promise<KeyFile> {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  return {
    format: KEY_FILE_FORMAT,
    vaultId,
    recovery: {
      publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
      ...(await wrapPrivateKey(vaultId, privateKey, passphrase, cost)),
    },
    sealedKey: seal(vaultId, publicKey, key),
    keyCheck: keyCheck(vaultId, key).toString('base64'),
  };
}

/** The database key, opened with the passphrase; WrongPassphraseError if it does not verify. */
export async function unwrapKey(file: KeyFile, passphrase: string): Promise<Buffer> {
  const privateKey = await unwrapPrivateKey(file, passphrase);
  const key = unseal(file.vaultId, privateKey, file.sealedKey);
  if (key.length !== 32 || !keyMatches(file, key)) {
    key.fill(0);
    throw new VaultCorruptError('key file inconsistent');
  }
  return key;
}

/** The pending key of an interrupted rekey, opened with the passphrase, or null if there is none. */
export async function unwrapPendingKey(file: KeyFile, passphrase: string): Promise<Buffer | null> {
  if (!file.pending) return null;
  const key = unseal(
    file.vaultId,
    await unwrapPrivateKey(file, passphrase),
    file.pending.sealedKey,
  );
  return timingSafeEqualB64(file.pending.keyCheck, keyCheck(file.vaultId, key)) ? key : null;
}

/** Same recovery key pair, new passphrase. */
export async function rewrapPassphrase(
  file: KeyFile,
  current: string,
  next: string,
  cost: KdfCost = DEFAULT_KDF,
): Promise<KeyFile> {
  const privateKey = await unwrapPrivateKey(file, current);
  return {
    ...file,
    recovery: {
      publicKey: file.recovery.publicKey,
      ...(await wrapPrivateKey(file.vaultId, privateKey, next, cost)),
    },
  };
}

/** Records `next` as pending (sealed to the recovery key): step one of a crash-safe rekey. */
export function withPendingKey(file: KeyFile, next: Uint8Array): KeyFile {
  return {
    ...file,
    pending: {
      sealedKey: seal(file.vaultId, publicKeyOf(file), next),
      keyCheck: keyCheck(file.vaultId, next).toString('base64'),
    },
  };
}

/** Makes `key` the vault key (sealed afresh) and forgets any pending key: the last step of a rekey. */
export function withCurrentKey(file: KeyFile, key: Uint8Array): KeyFile {
  const { pending: _pending, ...rest } = file;
  return {
    ...rest,
    sealedKey: seal(file.vaultId, publicKeyOf(file), key),
    keyCheck: keyCheck(file.vaultId, key).toString('base64'),
  };
}

/** True if `key` is this vault's key, judged by the stored HMAC check value (reveals nothing of the key). */
export function keyMatches(file: KeyFile, key: Uint8Array): boolean {
  return timingSafeEqualB64(file.keyCheck, keyCheck(file.vaultId, key));
}

export function pendingKeyMatches(file: KeyFile, key: Uint8Array): boolean {
  return !!file.pending && timingSafeEqualB64(file.pending.keyCheck, keyCheck(file.vaultId, key));
}

function timingSafeEqualB64(expectedB64: string, actual: Buffer): boolean {
  const expected = Buffer.from(expectedB64, 'base64');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

function keyCheck(vaultId: string, key: Uint8Array): Buffer {
  return createHmac('sha256', key).update(`fortrolig-key-check:${vaultId}`).digest();
}

function publicKeyOf(file: KeyFile): KeyObject {
  return createPublicKey({
    key: Buffer.from(file.recovery.publicKey, 'base64'),
    format: 'der',
    type: 'spki',
  });
}

function seal(vaultId: string, recipient: KeyObject, key: Uint8Array): SealedKey {
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralPublicKey = ephemeral.publicKey.export({ type: 'spki', format: 'der' });
  const aesKey = sealingKey(
    diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient }),
    ephemeralPublicKey,
    vaultId,
  );
  try {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', aesKey, iv);
    cipher.setAAD(aad(vaultId, 'sealed-key'));
    const ciphertext = Buffer.concat([cipher.update(key), cipher.final()]);
    return {
      ephemeralPublicKey: ephemeralPublicKey.toString('base64'),
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      ciphertext: ciphertext.toString('base64'),
    };
  } finally {
    aesKey.fill(0);
  }
}

function unseal(vaultId: string, privateKey: KeyObject, sealed: SealedKey): Buffer {
  const ephemeralDer = Buffer.from(sealed.ephemeralPublicKey, 'base64');
  const ephemeral = createPublicKey({ key: ephemeralDer, format: 'der', type: 'spki' });
  const aesKey = sealingKey(
    diffieHellman({ privateKey, publicKey: ephemeral }),
    ephemeralDer,
    vaultId,
  );
  try {
    const decipher = createDecipheriv('aes-256-gcm', aesKey, Buffer.from(sealed.iv, 'base64'));
    decipher.setAAD(aad(vaultId, 'sealed-key'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([
      decipher.update(Buffer.from(sealed.ciphertext, 'base64')),
      decipher.final(),
    ]);
  } catch {
    throw new VaultCorruptError('sealed key does not verify');
  } finally {
    aesKey.fill(0);
  }
}

function sealingKey(shared: Buffer, ephemeralPublicKey: Buffer, vaultId: string): Buffer {
  try {
    return Buffer.from(
      hkdfSync('sha256', shared, ephemeralPublicKey, `fortrolig-seal:${vaultId}`, 32),
    );
  } finally {
    shared.fill(0);
  }
}

async function wrapPrivateKey(
  vaultId: string,
  privateKey: KeyObject,
  passphrase: string,
  cost: KdfCost,
) {
  const salt = randomBytes(16);
  const kek = await deriveKek(passphrase, salt, cost);
  const der = privateKey.export({ type: 'pkcs8', format: 'der' });
  try {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', kek, iv);
    cipher.setAAD(aad(vaultId, 'recovery-key'));
    const ciphertext = Buffer.concat([cipher.update(der), cipher.final()]);
    return {
      kdf: {
        name: 'scrypt' as const,
        N: cost.N,
        r: cost.r,
        p: cost.p,
        salt: salt.toString('base64'),
      },
      wrappedPrivateKey: {
        cipher: 'aes-256-gcm' as const,
        iv: iv.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
        ciphertext: ciphertext.toString('base64'),
      },
    };
  } finally {
    kek.fill(0);
    der.fill(0);
  }
}

async function unwrapPrivateKey(file: KeyFile, passphrase: string): Promise<KeyObject> {
  const { kdf, wrappedPrivateKey: w } = file.recovery;
  const kek = await deriveKek(passphrase, Buffer.from(kdf.salt, 'base64'), kdf);
  let der: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(w.iv, 'base64'));
    decipher.setAAD(aad(file.vaultId, 'recovery-key'));
    decipher.setAuthTag(Buffer.from(w.tag, 'base64'));
    der = Buffer.concat([decipher.update(Buffer.from(w.ciphertext, 'base64')), decipher.final()]);
  } catch {
    throw new WrongPassphraseError();
  } finally {
    kek.fill(0);
  }
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } finally {
    der.fill(0);
  }
}

function aad(vaultId: string, purpose: string): Buffer {
  return Buffer.from(`${KEY_FILE_FORMAT}:${purpose}:${vaultId}`, 'utf8');
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

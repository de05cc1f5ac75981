// vault.key.json: the vault id, a recovery key pair (X25519) whose private half is wrapped by the
// passphrase (scrypt KEK, AES-256-GCM), and the database key sealed to the recovery public key.
// Sealing to the public key lets the app renew the recovery copy after a rekey without asking
// for the passphrase; every parameter needed to open it is stored beside it.
//
// Format 3 authenticates the file. Sealing alone proves nothing (anyone can seal to a public
// key), so every field is covered by an HMAC keyed from the database key (`mac.current`, and
// `mac.pending` from the pending key during a rekey): only someone holding the key that opens
// vault.db can write a file this app accepts. The recovery block is also pinned inside the
// encrypted database (see recovery-pin.ts), so a damaged or swapped file is repaired from the
// pin rather than trusted. A SHA-256 `checksum` over the rest needs no key: it tells a damaged
// file ("recoveryDamaged") from a wrong passphrase before any scrypt runs.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
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
import { RecoveryDamagedError, VaultCorruptError, WrongPassphraseError } from './errors';

export const KEY_FILE_FORMAT = 'fortrolig-key/3';
/** Format 2 (no MAC, no checksum) is read for vaults made before format 3 and upgraded at unlock. */
export const LEGACY_KEY_FILE_FORMAT = 'fortrolig-key/2';

/** scrypt cost: N=2^17, r=8 (128 MiB, ~0.3–0.6 s on a laptop), OWASP's recommended floor. */
export const DEFAULT_KDF = { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 } as const;
export type KdfCost = { N: number; r: number; p: number };

/**
 * Bounds on the scrypt cost a key file may ask for, checked before any scrypt runs, so a
 * tampered file cannot demand gigabytes of memory or minutes of work: memory 128·N·r bytes is
 * at most 256 MiB (twice the default) and p at most 4. The floor is 2^14 (RFC 7914's
 * interactive example; tests use it), below which a file is refused as damaged.
 */
export const KDF_BOUNDS = { minN: 2 ** 14, maxMemoryBytes: 256 * 2 ** 20, maxP: 4 } as const;

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const Sealed = z.object({ ephemeralPublicKey: b64, iv: b64, tag: b64, ciphertext: b64 }).strict();
const Kdf = z
  .object({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(KDF_BOUNDS.minN)
      .refine((n) => Number.isInteger(Math.log2(n)), 'N must be a power of two'),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(KDF_BOUNDS.maxP),
    salt: b64,
  })
  .strict()
  .refine((k) => 128 * k.N * k.r <= KDF_BOUNDS.maxMemoryBytes, 'scrypt memory over bound');
export const RecoveryBlock = z
  .object({
    publicKey: b64,
    kdf: Kdf,
    wrappedPrivateKey: z
      .object({ cipher: z.literal('aes-256-gcm'), iv: b64, tag: b64, ciphertext: b64 })
      .strict(),
  })
  .strict();
export type RecoveryBlock = z.infer<typeof RecoveryBlock>;
const Pending = z.object({ sealedKey: Sealed, keyCheck: b64 }).strict();
const Mac = z.object({ current: b64, pending: b64.optional() }).strict();

const KeyFileSchema = z
  .object({
    format: z.literal(KEY_FILE_FORMAT),
    vaultId: z.uuid(),
    recovery: RecoveryBlock,
    sealedKey: Sealed,
    keyCheck: b64,
    /** Present only while a rekey is under way: the key the database may already be using. */
    pending: Pending.optional(),
    mac: Mac,
    /** SHA-256 (hex) of the canonical JSON of every other field. */
    checksum: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
const LegacyKeyFileSchema = z
  .object({
    format: z.literal(LEGACY_KEY_FILE_FORMAT),
    vaultId: z.uuid(),
    recovery: RecoveryBlock,
    sealedKey: Sealed,
    keyCheck: b64,
    pending: Pending.optional(),
  })
  .strict();

/** A key file as read: format 3 (authenticated) or a legacy format 2 file awaiting upgrade. */
export type KeyFile = Readonly<{
  format: typeof KEY_FILE_FORMAT | typeof LEGACY_KEY_FILE_FORMAT;
  vaultId: string;
  recovery: RecoveryBlock;
  sealedKey: SealedKey;
  keyCheck: string;
  pending?: Readonly<{ sealedKey: SealedKey; keyCheck: string }>;
  mac?: Readonly<{ current: string; pending?: string }>;
  checksum?: string;
}>;
type SealedKey = z.infer<typeof Sealed>;

/**
 * What is on disk at `path`: `missing`; `damaged` (unreadable, malformed, out-of-bounds KDF,
 * or a checksum that does not match: the recovery copy cannot be trusted without the database
 * key; `vaultId` is given when it could still be read, to find the keychain entry); or `ok`.
 * Never throws for a file's content; throws only for an I/O error other than ENOENT.
 */
export type KeyFileRead =
  | Readonly<{ kind: 'missing' }>
  | Readonly<{ kind: 'damaged'; vaultId: string | null }>
  | Readonly<{ kind: 'ok'; file: KeyFile }>;

/**
 * The key file at `path`: missing, damaged (with its vault id when still readable) or ok with its
 * contents. Throws the file system's errors other than a missing file (EACCES, EIO, …).
 */
export function readKeyFileState(path: string): KeyFileRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    // Something that is not a file where the key file belongs is a damaged key file.
    if (code === 'EISDIR' || code === 'ENOTDIR') return { kind: 'damaged', vaultId: null };
    throw err;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'damaged', vaultId: null };
  }
  const vaultId = z.object({ vaultId: z.uuid() }).safeParse(raw);
  const damaged = {
    kind: 'damaged',
    vaultId: vaultId.success ? vaultId.data.vaultId : null,
  } as const;
  const v3 = KeyFileSchema.safeParse(raw);
  if (v3.success) {
    const { checksum, ...rest } = v3.data;
    return checksum === checksumOf(rest) ? { kind: 'ok', file: v3.data } : damaged;
  }
  const v2 = LegacyKeyFileSchema.safeParse(raw);
  return v2.success ? { kind: 'ok', file: v2.data } : damaged;
}

/**
 * The key file at `path`. @throws VaultCorruptError('key file missing' | 'key file damaged')
 * for anything but an intact file; use readKeyFileState to tell the cases apart.
 */
export function readKeyFile(path: string): KeyFile {
  const read = readKeyFileState(path);
  if (read.kind === 'ok') return read.file;
  throw new VaultCorruptError(read.kind === 'missing' ? 'key file missing' : 'key file damaged');
}

/** Writes a format-3 file atomically (0600); `file` must come from one of the builders below. */
export function writeKeyFile(path: string, file: KeyFile): void {
  writeFileAtomic(path, serializeKeyFile(file));
}

/** The exact bytes writeKeyFile writes (also used to copy a key file beside a backup). */
export function serializeKeyFile(file: KeyFile): string {
  return JSON.stringify(KeyFileSchema.parse(file), null, 2) + '\n';
}

/** A new key file: a fresh recovery key pair, its private half wrapped by `passphrase`, `key` sealed to it. */
export async function createKeyFile(
  vaultId: string,
  key: Uint8Array,
  passphrase: string,
  cost: KdfCost = DEFAULT_KDF,
): Promise<KeyFile> {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  const recovery: RecoveryBlock = {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    ...(await wrapPrivateKey(vaultId, privateKey, passphrase, cost)),
  };
  return keyFileFor(vaultId, recovery, key);
}

/** A key file for `key` under an existing (pinned or verified) recovery block: repair and rekey end. */
export function keyFileFor(vaultId: string, recovery: RecoveryBlock, key: Uint8Array): KeyFile {
  return finish(
    {
      format: KEY_FILE_FORMAT,
      vaultId,
      recovery,
      sealedKey: seal(vaultId, publicKeyFromB64(recovery.publicKey), key),
      keyCheck: keyCheck(vaultId, key).toString('base64'),
      mac: { current: '' },
    },
    key,
    null,
  );
}

/**
 * Which role `key` has in an authenticated `file`: 'current' or 'pending' when its keyCheck
 * matches and the MAC for that role verifies with it; null otherwise (a wrong key, or a file
 * not written by someone holding `key`). A legacy file has no MAC: only the keyCheck counts.
 */
export function keyRole(file: KeyFile, key: Uint8Array): 'current' | 'pending' | null {
  const legacy = file.format === LEGACY_KEY_FILE_FORMAT;
  if (timingSafeEqualB64(file.keyCheck, keyCheck(file.vaultId, key))) {
    if (legacy || (file.mac && timingSafeEqualB64(file.mac.current, macOf(file, key))))
      return 'current';
    return null;
  }
  if (file.pending && timingSafeEqualB64(file.pending.keyCheck, keyCheck(file.vaultId, key))) {
    if (legacy || (file.mac?.pending && timingSafeEqualB64(file.mac.pending, macOf(file, key)))) {
      return 'pending';
    }
  }
  return null;
}

/** True if `key`'s check value matches the file's current or pending key (no MAC involved). */
export function keyMayOpen(file: KeyFile, key: Uint8Array): boolean {
  const check = keyCheck(file.vaultId, key);
  return (
    timingSafeEqualB64(file.keyCheck, check) ||
    (!!file.pending && timingSafeEqualB64(file.pending.keyCheck, check))
  );
}

/** Opens the sealed current and pending keys with the passphrase. @throws WrongPassphraseError, RecoveryDamagedError. */
export async function unwrapKeys(
  file: KeyFile,
  passphrase: string,
): Promise<{ current: Buffer; pending: Buffer | null }> {
  const privateKey = await unwrapPrivateKey(file.vaultId, file.recovery, passphrase);
  if (!publicKeyMatches(privateKey, file.recovery.publicKey)) throw new RecoveryDamagedError();
  const current = unseal(file.vaultId, privateKey, file.sealedKey);
  const pending = file.pending ? unseal(file.vaultId, privateKey, file.pending.sealedKey) : null;
  return { current, pending };
}

/** The current key opened with the passphrase (backup restore). @throws WrongPassphraseError, RecoveryDamagedError. */
export async function unwrapKey(file: KeyFile, passphrase: string): Promise<Buffer> {
  const { current, pending } = await unwrapKeys(file, passphrase);
  pending?.fill(0);
  if (current.length !== 32) {
    current.fill(0);
    throw new RecoveryDamagedError();
  }
  return current;
}

/**
 * Proves `passphrase` opens `recovery` (the private key unwraps and matches its public half).
 * Throws WrongPassphraseError when it does not unwrap, RecoveryDamagedError when the unwrapped key
 * does not match the public half.
 */
export async function passphraseOpens(
  vaultId: string,
  recovery: RecoveryBlock,
  passphrase: string,
): Promise<void> {
  const privateKey = await unwrapPrivateKey(vaultId, recovery, passphrase);
  if (!publicKeyMatches(privateKey, recovery.publicKey)) throw new RecoveryDamagedError();
}

/**
 * Rekey step: `current` stays the current key and `next` is recorded as pending, sealed to the
 * recovery key; the file is authenticated by both keys, so whichever one the database opens
 * with after a crash can verify it.
 */
export function withPendingKey(file: KeyFile, current: Uint8Array, next: Uint8Array): KeyFile {
  return finish(
    {
      format: KEY_FILE_FORMAT,
      vaultId: file.vaultId,
      recovery: file.recovery,
      sealedKey: file.sealedKey,
      keyCheck: file.keyCheck,
      pending: {
        sealedKey: seal(file.vaultId, publicKeyFromB64(file.recovery.publicKey), next),
        keyCheck: keyCheck(file.vaultId, next).toString('base64'),
      },
      mac: { current: '' },
    },
    current,
    next,
  );
}

/** The recovery block as pinned in the database: canonical JSON, so two pins compare as strings. */
export function recoveryBlockText(recovery: RecoveryBlock): string {
  return canonicalJson(RecoveryBlock.parse(recovery));
}

function finish(file: KeyFile, current: Uint8Array, pending: Uint8Array | null): KeyFile {
  const unsigned = { ...file, mac: undefined, checksum: undefined };
  const mac = {
    current: macOf(unsigned, current).toString('base64'),
    ...(pending ? { pending: macOf(unsigned, pending).toString('base64') } : {}),
  };
  const { checksum: _c, ...withMac } = { ...file, mac };
  return { ...withMac, checksum: checksumOf(withMac) };
}

/** HMAC-SHA256 over every field but the MACs and checksum, keyed by HKDF(key, vaultId). */
function macOf(file: KeyFile, key: Uint8Array): Buffer {
  const { mac: _m, checksum: _c, ...covered } = file;
  const macKey = Buffer.from(hkdfSync('sha256', key, file.vaultId, 'fortrolig-key-file-mac', 32));
  try {
    return createHmac('sha256', macKey).update(canonicalJson(covered)).digest();
  } finally {
    macKey.fill(0);
  }
}

function checksumOf(fileWithoutChecksum: object): string {
  return createHash('sha256').update(canonicalJson(fileWithoutChecksum)).digest('hex');
}

/** JSON with sorted keys and no undefined members, so MAC and checksum do not depend on key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function publicKeyMatches(privateKey: KeyObject, publicKeyB64: string): boolean {
  const derived = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  const stated = Buffer.from(publicKeyB64, 'base64');
  return derived.length === stated.length && timingSafeEqual(derived, stated);
}

function timingSafeEqualB64(expectedB64: string, actual: Buffer): boolean {
  const expected = Buffer.from(expectedB64, 'base64');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

function keyCheck(vaultId: string, key: Uint8Array): Buffer {
  return createHmac('sha256', key).update(`fortrolig-key-check:${vaultId}`).digest();
}

function publicKeyFromB64(publicKeyB64: string): KeyObject {
  try {
    return createPublicKey({
      key: Buffer.from(publicKeyB64, 'base64'),
      format: 'der',
      type: 'spki',
    });
  } catch {
    throw new RecoveryDamagedError();
  }
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
    throw new RecoveryDamagedError();
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

async function unwrapPrivateKey(
  vaultId: string,
  recovery: RecoveryBlock,
  passphrase: string,
): Promise<KeyObject> {
  const { kdf, wrappedPrivateKey: w } = recovery;
  const kek = await deriveKek(passphrase, Buffer.from(kdf.salt, 'base64'), kdf);
  let der: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(w.iv, 'base64'));
    decipher.setAAD(aad(vaultId, 'recovery-key'));
    decipher.setAuthTag(Buffer.from(w.tag, 'base64'));
    der = Buffer.concat([decipher.update(Buffer.from(w.ciphertext, 'base64')), decipher.final()]);
  } catch {
    throw new WrongPassphraseError();
  } finally {
    kek.fill(0);
  }
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } catch {
    throw new RecoveryDamagedError();
  } finally {
    der.fill(0);
  }
}

/** The sealing and wrapping scheme is unchanged since format 2, so its AAD keeps that name. */
const SEAL_SCHEME = 'fortrolig-key/2';

function aad(vaultId: string, purpose: string): Buffer {
  return Buffer.from(`${SEAL_SCHEME}:${purpose}:${vaultId}`, 'utf8');
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

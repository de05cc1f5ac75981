// `vault bench`: this machine's ceilings for the rekey's own crypto, measured in the same run:
// AES-256-CBC and HMAC-SHA512 over 4,096-byte pages, as SQLCipher 4 does per page, through
// Node's crypto (OpenSSL inside Node) and through the `openssl speed` command, labelled apart.
import { execFileSync } from 'node:child_process';
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** SQLCipher 4's default page size in bytes (cipher_page_size 4096). */
export const PAGE_BYTES = 4096;

/** Throughputs in MB/s (1 MB = 1,000,000 bytes, as `openssl speed` counts). */
export type NodeCeilings = Readonly<{
  aesEncryptMBs: number;
  aesDecryptMBs: number;
  hmacSha512MBs: number;
  /**
   * What a rekey could reach if crypto were all it did: each page decrypted and verified under
   * the old key, then encrypted and authenticated under the new one (two AES, two HMAC).
   */
  rekeyPerPageMBs: number;
}>;

export type OpensslCeilings =
  | Readonly<{
      available: true;
      version: string;
      aesEncryptMBs: number;
      aesDecryptMBs: number;
      hmacSha512MBs: number;
      rekeyPerPageMBs: number;
    }>
  | Readonly<{ available: false; reason: string }>;

export type CryptoCeilings = Readonly<{ node: NodeCeilings; openssl: OpensslCeilings }>;

/** Both measurements; openssl's failure never fails the bench (it answers `available: false`). */
export function measureCryptoCeilings(secondsEach = 1): CryptoCeilings {
  return { node: measureNodeCeilings(secondsEach), openssl: measureOpenssl(secondsEach) };
}

/**
 * Per page, a fresh cipher or HMAC context with its own IV, as SQLCipher keys each page (its
 * random IV is stored in the page's reserve, the HMAC covers page, IV and page number).
 * Runs each operation for about `seconds` seconds.
 */
export function measureNodeCeilings(seconds = 1): NodeCeilings {
  const key = randomBytes(32);
  const hmacKey = randomBytes(64);
  const page = randomBytes(PAGE_BYTES);
  const iv = randomBytes(16);
  const pgno = Buffer.alloc(4);
  const encrypt = () => {
    const c = createCipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
    return Buffer.concat([c.update(page), c.final()]);
  };
  const encrypted = encrypt();
  const decrypt = () => {
    const d = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
    return Buffer.concat([d.update(encrypted), d.final()]);
  };
  const hmac = () => createHmac('sha512', hmacKey).update(page).update(iv).update(pgno).digest();
  const aesEncryptMBs = throughput(encrypt, seconds);
  const aesDecryptMBs = throughput(decrypt, seconds);
  const hmacSha512MBs = throughput(hmac, seconds);
  return {
    aesEncryptMBs,
    aesDecryptMBs,
    hmacSha512MBs,
    rekeyPerPageMBs: rekeyCeiling(aesEncryptMBs, aesDecryptMBs, hmacSha512MBs),
  };
}

/** MB/s of a page rewritten under a new key, from the three throughputs (MB/s): 1 / Σ(1/x). */
export function rekeyCeiling(aesEncrypt: number, aesDecrypt: number, hmac: number): number {
  return round(1 / (1 / aesDecrypt + 1 / aesEncrypt + 2 / hmac));
}

function throughput(op: () => unknown, seconds: number): number {
  for (let i = 0; i < 200; i++) op(); // warm-up
  let pages = 0;
  const t0 = performance.now();
  const until = t0 + seconds * 1000;
  let now = t0;
  while (now < until) {
    for (let i = 0; i < 100; i++) op();
    pages += 100;
    now = performance.now();
  }
  return round((pages * PAGE_BYTES) / ((now - t0) / 1000) / 1e6);
}

/**
 * `openssl speed -mr -bytes 4096 -seconds N` for AES-256-CBC encrypt and decrypt (EVP) and
 * HMAC-SHA512. Never throws: an absent or failing openssl answers `available: false` with why.
 */
export function measureOpenssl(seconds = 1): OpensslCeilings {
  const run = (args: string[]) =>
    execFileSync('openssl', args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 30_000 + seconds * 10_000,
    });
  let version: string;
  try {
    version = run(['version']).trim();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      available: false,
      reason: code === 'ENOENT' ? 'openssl is not on PATH' : `openssl version failed (${code})`,
    };
  }
  const speed = (algo: string[], name: RegExp): number | string => {
    try {
      const out = run([
        'speed',
        '-mr',
        ...algo,
        '-bytes',
        String(PAGE_BYTES),
        '-seconds',
        String(seconds),
      ]);
      return parseOpensslSpeed(out, name) ?? `no result line for ${algo.join(' ')}`;
    } catch (err) {
      return `openssl speed ${algo.join(' ')} failed (${(err as NodeJS.ErrnoException).code ?? 'exit'})`;
    }
  };
  const enc = speed(['-evp', 'aes-256-cbc'], /^aes-256-cbc$/i);
  const dec = speed(['-decrypt', '-evp', 'aes-256-cbc'], /^aes-256-cbc$/i);
  const hmac = speed(['-hmac', 'sha512'], /^hmac\(sha512\)$/i);
  for (const x of [enc, dec, hmac])
    if (typeof x === 'string') return { available: false, reason: x };
  return {
    available: true,
    version,
    aesEncryptMBs: enc as number,
    aesDecryptMBs: dec as number,
    hmacSha512MBs: hmac as number,
    rekeyPerPageMBs: rekeyCeiling(enc as number, dec as number, hmac as number),
  };
}

/**
 * Reads the bytes per second of algorithm `name` from `openssl speed -mr` output, in MB/s
 * (1e6 bytes). Its machine-readable result line is `+F:<index>:<name>:<bytes/s>[:<bytes/s>…]`,
 * one figure per block size asked for; the first (here the only one) is taken. Falls back to
 * the human table (`<name>  <n>k …`, thousands of bytes per second) for builds without `-mr`.
 * @returns null when no line names the algorithm or the figure is not a positive number.
 */
export function parseOpensslSpeed(output: string, name: RegExp): number | null {
  for (const line of output.split(/\r?\n/)) {
    const m = /^\+F\d*:\d+:([^:]+):([0-9.eE+]+)/.exec(line.trim());
    if (m && name.test(m[1]!)) return positive(Number(m[2]) / 1e6);
  }
  for (const line of output.split(/\r?\n/)) {
    const m = /^(\S+(?:\s\S+)?)\s+([0-9.]+)k\s*$/.exec(line.trim());
    if (m && name.test(m[1]!)) return positive((Number(m[2]) * 1000) / 1e6);
  }
  return null;
}

function positive(x: number): number | null {
  return Number.isFinite(x) && x > 0 ? round(x) : null;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

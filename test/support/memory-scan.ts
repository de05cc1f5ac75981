// Scans this process's own memory (Linux: /proc/self/maps + /proc/self/mem) for secrets that
// are handed in masked, so the scanner itself never holds a searchable copy of them.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

/**
 * What to look for: the secret is `masked XOR mask` (equal lengths, at least 8 bytes). Only
 * its first 4 bytes are ever unmasked here (to find candidates fast); a hit is confirmed on
 * the whole length by comparing masked bytes, so no full copy of the secret is made.
 */
export type Needle = Readonly<{ name: string; masked: Uint8Array; mask: Uint8Array }>;
/**
 * Where a secret was found: the mapping's permissions and name, the address, and the 16 bytes
 * just before it as printable text (`.` for other bytes), which tells a V8 string (a header,
 * or `PRAGMA key = "x'`) from a native copy.
 */
export type ScanHit = Readonly<{ region: string; address: string; before: string }>;
export type ScanReport = Readonly<{
  bytesScanned: number;
  regions: number;
  hits: Record<string, ScanHit[]>;
}>;

const CHUNK = 8 * 1024 * 1024;

/**
 * Reads every readable mapping except read-only file mappings (code and constants of
 * libraries, which hold no runtime data): heaps, anonymous memory (V8's heap of every
 * isolate, thread stacks, malloc arenas) and writable data segments. Unreadable pages are
 * skipped. Linux only.
 */
export function scanOwnMemory(needles: readonly Needle[]): ScanReport {
  for (const n of needles) {
    if (n.masked.length !== n.mask.length || n.masked.length < 8) throw new Error('bad needle');
  }
  const maxLen = Math.max(...needles.map((n) => n.masked.length));
  const hits: Record<string, ScanHit[]> = Object.fromEntries(needles.map((n) => [n.name, []]));
  const chunk = Buffer.allocUnsafeSlow(CHUNK + maxLen);
  const prefixes = needles.map((n) => {
    const p = Buffer.alloc(4);
    for (let i = 0; i < 4; i++) p[i] = n.masked[i]! ^ n.mask[i]!;
    return p;
  });
  const fd = openSync('/proc/self/mem', 'r');
  let bytesScanned = 0;
  let regions = 0;
  try {
    for (const line of readFileSync('/proc/self/maps', 'utf8').split('\n')) {
      const m = /^([0-9a-f]+)-([0-9a-f]+) (\S{4}) \S+ \S+ (\d+)\s*(.*)$/.exec(line);
      if (!m) continue;
      const [, startHex, endHex, perms, inode, name] = m as unknown as string[];
      if (perms![0] !== 'r') continue;
      const fileBacked = inode !== '0' && !!name && !name.startsWith('[');
      if (fileBacked && perms![1] !== 'w') continue;
      const start = parseInt(startHex!, 16);
      const end = parseInt(endHex!, 16);
      if (!Number.isSafeInteger(end)) continue;
      regions++;
      const label = `${perms} ${name || '[anon]'} ${startHex}-${endHex}`;
      // Chunks overlap by the longest needle, so a secret across a chunk edge is still found.
      for (let at = start; at < end; at += CHUNK) {
        const length = Math.min(CHUNK + maxLen, end - at);
        let read = 0;
        try {
          read = readSync(fd, chunk, 0, length, at);
        } catch {
          continue; // an unreadable page (guard page, device mapping)
        }
        bytesScanned += Math.min(read, CHUNK);
        const view = chunk.subarray(0, read);
        needles.forEach((needle, i) => {
          let from = 0;
          for (;;) {
            const found = view.indexOf(prefixes[i]!, from);
            if (found < 0 || found >= CHUNK) break;
            from = found + 1;
            if (found + needle.masked.length > read) continue;
            let same = true;
            for (let j = 4; j < needle.masked.length && same; j++) {
              same = (view[found + j]! ^ needle.mask[j]!) === needle.masked[j];
            }
            if (same) {
              hits[needle.name]!.push({
                region: label,
                address: (at + found).toString(16),
                before: printable(view.subarray(Math.max(0, found - 16), found)),
              });
            }
          }
        });
      }
    }
  } finally {
    closeSync(fd);
    chunk.fill(0);
    for (const p of prefixes) p.fill(0);
  }
  return { bytesScanned, regions, hits };
}

function printable(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
}

/** The three searchable forms of a secret (raw, lowercase hex, uppercase hex), each masked. */
export function maskedForms(name: string, secret: Uint8Array, random: (n: number) => Uint8Array) {
  const raw = Buffer.from(secret);
  const lower = Buffer.from(raw.toString('hex'), 'latin1');
  const upper = Buffer.from(raw.toString('hex').toUpperCase(), 'latin1');
  const forms: Needle[] = [];
  for (const [suffix, bytes] of [
    ['raw', raw],
    ['hex', lower],
    ['HEX', upper],
  ] as const) {
    const mask = random(bytes.length);
    const masked = Buffer.alloc(bytes.length);
    for (let i = 0; i < bytes.length; i++) masked[i] = bytes[i]! ^ mask[i]!;
    forms.push({ name: `${name}.${suffix}`, masked, mask });
    bytes.fill(0);
  }
  return forms;
}

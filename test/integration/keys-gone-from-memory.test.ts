// After lock, neither the current key nor the one a rekey replaced is anywhere in the memory
// of the process that used them, as raw bytes or as lowercase or uppercase hex. The process
// is a child that did only this: the vault in a worker thread, the keychain (real keytar)
// answered by its main thread, as in the app, with the app's start-up heap setting
// (zeroFreedHeapMemory); it scans its own /proc/self/mem. The scan first has to find planted
// markers (bytes and hex strings, in the main isolate and the worker's, alive since start-up).
// A hit names its mapping and shows the 16 bytes before it (a V8 string header ends in the
// length, `@...` for 64; SQL text shows `PRAGMA key = "x'`).
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import keytar from 'keytar';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maskedForms, type ScanReport } from '../support/memory-scan';
import { removeDir, tempDir } from '../support/temp-vault';

type FromChild =
  | { step: 'ready' | 'locked' }
  | { step: 'created'; vaultId: string }
  | { step: 'scanned'; report: ScanReport }
  | { step: 'error'; message: string };

const child = resolve(__dirname, '../support/memory-scan-child.ts');
const SERVICE = 'Fortrolig';

describe.runIf(process.platform === 'linux')('keys gone from memory after lock', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  let result: {
    raw: Record<string, number>;
    hex: Record<string, number>;
    hits: ScanReport['hits'];
  };

  it('finds the planted markers and no raw byte copy of the current or the previous key', async () => {
    const proc = fork(child, [dir], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    const inbox: FromChild[] = [];
    const waiters: Array<() => void> = [];
    proc.on('message', (m: FromChild) => {
      inbox.push(m);
      waiters.splice(0).forEach((w) => w());
    });
    const exited = new Promise<number | null>((done) => proc.on('exit', done));
    const next = async (): Promise<FromChild> => {
      while (inbox.length === 0) await new Promise<void>((w) => waiters.push(w));
      const m = inbox.shift()!;
      if (m.step === 'error') throw new Error(`child: ${m.message}`);
      return m;
    };
    let vaultId: string | null = null;
    try {
      expect((await next()).step).toBe('ready');
      proc.send({ step: 'create' });
      const created = await next();
      if (created.step !== 'created') throw new Error(`unexpected ${created.step}`);
      vaultId = created.vaultId;
      // Read in this (unscanned) process, straight from keytar.
      const previous = await keychainKey(vaultId);

      proc.send({ step: 'rekey' });
      expect((await next()).step).toBe('locked');
      const current = await keychainKey(vaultId);
      expect(current.equals(previous)).toBe(false);

      const needles = [
        ...maskedForms('currentKey', current, (n) => randomBytes(n)),
        ...maskedForms('previousKey', previous, (n) => randomBytes(n)),
      ].map((n) => ({ name: n.name, masked: Array.from(n.masked), mask: Array.from(n.mask) }));
      proc.send({ step: 'scan', needles });
      const scanned = await next();
      if (scanned.step !== 'scanned') throw new Error(`unexpected ${scanned.step}`);
      const { hits, bytesScanned } = scanned.report;
      const count = (form: string) =>
        Object.fromEntries(
          Object.entries(hits)
            .filter(([name]) => name.endsWith(form) && name.includes('Key'))
            .map(([name, found]) => [name, found.length]),
        );

      expect(bytesScanned).toBeGreaterThan(10 * 1024 * 1024);
      // Positive controls: bytes in a Buffer and a hex string in each isolate are seen.
      for (const marker of ['mainMarker', 'workerMarker']) {
        expect(hits[`${marker}.raw`]!.length, marker).toBeGreaterThan(0);
        expect(hits[`${marker}.hex`]!.length, marker).toBeGreaterThan(0);
      }
      result = { raw: count('.raw'), hex: { ...count('.hex'), ...count('.HEX') }, hits };
    } finally {
      proc.kill();
      await exited;
      if (vaultId) {
        for (const account of [`vault:${vaultId}`, `vault:${vaultId}:next`]) {
          await keytar.deletePassword(SERVICE, account).catch(() => false);
        }
      }
    }
    expect(result.raw, JSON.stringify(result.hits)).toEqual({
      'currentKey.raw': 0,
      'previousKey.raw': 0,
    });
  });

  // The hex forms: keytar takes and returns the key as a hex string in the main thread, and
  // the driver takes it as SQL text in the worker. Neither string can be zeroed; they are gone
  // because nothing keeps a reference to them (no RegExp sees a key) and the heap is scrubbed
  // (main/host/heap-scrub.ts: V8 zeroes vacated young-generation memory, a compacting full
  // collection releases old-generation pages holding garbage) after every keychain call, after
  // a rekey and after lock.
  it('finds no hex copy of the current or the previous key', () => {
    expect(result.hex, JSON.stringify(result.hits)).toEqual({
      'currentKey.hex': 0,
      'currentKey.HEX': 0,
      'previousKey.hex': 0,
      'previousKey.HEX': 0,
    });
  });
});

async function keychainKey(vaultId: string): Promise<Buffer> {
  const hex = await keytar.getPassword(SERVICE, `vault:${vaultId}`);
  expect(hex).toMatch(/^[0-9a-f]{64}$/);
  return Buffer.from(hex!, 'hex');
}

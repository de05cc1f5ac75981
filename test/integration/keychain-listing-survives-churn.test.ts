// The keychain adapter lists Fortrolig's entries (unlock does, when the key file is damaged or
// gone) while entries are being created and deleted, in the same process and by another one.
// keytar's findCredentials, used for that until now, crashed the process with SIGSEGV on Linux
// whenever an entry vanished while it ran (libsecret hands keytar a NULL secret); CI saw it as
// "Worker exited unexpectedly". Listing now reads item attributes only, and must survive.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';

const support = join(import.meta.dirname, '../support');
const CHURN_MS = 6_000;

type Ended = { code: number | null; signal: NodeJS.Signals | null; out: string; err: string };

function runChild(script: string, args: string[]): Promise<Ended> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', join(support, script), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    proc.stdout.on('data', (c: Buffer) => (out += c.toString()));
    proc.stderr.on('data', (c: Buffer) => (err += c.toString()));
    proc.on('exit', (code, signal) => resolve({ code, signal, out, err }));
  });
}

describe.runIf(process.platform === 'linux')('listing keychain entries while they change', () => {
  const service = `FortroligChurn-${randomUUID()}`;
  const stable = 'vault-stable';
  const store = new KeytarKeyStore(service);

  beforeAll(async () => {
    await store.set(stable, new Uint8Array(32).fill(1));
  });
  afterAll(async () => {
    for (const account of await store.accounts().catch(() => [] as string[]))
      await store.delete(account).catch(() => false);
  });

  it('lists, four at a time, while this process and another create and delete entries: no crash, the stable entry always listed', async () => {
    const [churn, list] = await Promise.all([
      runChild('keychain-churn-child.ts', [service, String(CHURN_MS)]),
      runChild('keychain-list-child.ts', [service, String(CHURN_MS), stable]),
    ]);
    expect({ signal: list.signal, code: list.code }, list.err.slice(0, 400)).toEqual({
      signal: null,
      code: 0,
    });
    expect({ signal: churn.signal, code: churn.code }, churn.err.slice(0, 400)).toEqual({
      signal: null,
      code: 0,
    });
    const report = JSON.parse(list.out.trim()) as {
      listed: number;
      stableMissing: number;
      failures: Record<string, number>;
    };
    const created = (JSON.parse(churn.out.trim()) as { created: number }).created;
    // Enough happened at once for the old path to have crashed (it did within the first second).
    expect(created).toBeGreaterThan(50);
    expect(report.listed).toBeGreaterThan(50);
    // A listing may be refused as a keychain that did not answer in time (the adapter's
    // deadline; on a loaded CI machine gnome-keyring can take longer than 1.5 s under this churn),
    // never with another error, and seldom: unlock then reports the keychain unavailable.
    const failed = Object.values(report.failures).reduce((n, k) => n + k, 0);
    expect(
      Object.keys(report.failures).every((f) => f.startsWith('KeychainUnavailableError')),
    ).toBe(true);
    expect(failed).toBeLessThanOrEqual(Math.ceil(report.listed / 10));
    // Every listing that answered held the stable entry.
    expect(report.stableMissing).toBe(0);
  });

  it('lists each account once', async () => {
    await store.set('vault-second', new Uint8Array(32).fill(2));
    const accounts = await store.accounts();
    expect([...accounts].sort()).toEqual(['vault-second', stable].sort());
    await store.delete('vault-second');
  });
});

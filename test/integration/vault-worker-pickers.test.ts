// The file pickers cross the worker boundary: the core in the worker asks the main thread for a
// path (pick → pickResult), the main thread's `pickFile` (Electron's open dialog in the app)
// answers, and the page only learns the outcome. Restore a backup pair and put back a key file.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PickWhat } from '../../main/host/worker-protocol';
import { createWorkerClient, type WorkerClient } from '../../main/host/worker-client';
import { keychainAccount } from '../../main/vault/key-store';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { MemoryLogger } from '../../main/vault/logger';

const bootstrap = new URL('../support/ts-worker.mjs', import.meta.url);
const entry = pathToFileURL(resolve(__dirname, '../../main/host/vault-worker.ts')).href;
const PASSPHRASE = 'correct horse battery staple';
const KDF = { N: 2 ** 14, r: 8, p: 1 };

describe('vault worker pickers', () => {
  let dataDir: string;
  let spareDir: string;
  let asked: PickWhat[];
  let answer: (what: PickWhat) => Promise<string | null>;
  let logger: MemoryLogger;
  let client: WorkerClient;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'fortrolig-worker-pick-'));
    spareDir = mkdtempSync(join(tmpdir(), 'fortrolig-worker-spare-'));
    asked = [];
    answer = async () => null;
    logger = new MemoryLogger();
    client = createWorkerClient({
      script: bootstrap,
      workerData: { dataDir, kdfCost: KDF, entry },
      logger,
      pickFile: (what) => {
        asked.push(what);
        return answer(what);
      },
    });
  });

  afterEach(async () => {
    await client.terminate();
    const id = (() => {
      try {
        return JSON.parse(readFileSync(join(spareDir, 'vault.key.json'), 'utf8')).vaultId as string;
      } catch {
        return null;
      }
    })();
    if (id) await new KeytarKeyStore().delete(keychainAccount(id)).catch(() => false);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(spareDir, { recursive: true, force: true });
  });

  it('restore asks the main thread for a backup; cancelled and a wrong file come back as outcomes', async () => {
    expect(await client.invoke('vault.pickBackup', {})).toEqual({
      ok: true,
      value: { outcome: 'cancelled', fileName: null, takenAt: null },
    });
    const notes = join(spareDir, 'notes.txt');
    writeFileSync(notes, 'not a backup');
    answer = async () => notes;
    expect(await client.invoke('vault.pickBackup', {})).toEqual({
      ok: true,
      value: { outcome: 'notABackup', fileName: null, takenAt: null },
    });
    expect(asked).toEqual(['backup', 'backup']);
  });

  it('a missing key file is put back from the file the main thread picked, then the passphrase opens', async () => {
    const created = await client.invoke('vault.create', { passphrase: PASSPHRASE });
    expect(created).toMatchObject({ ok: true });
    expect(await client.invoke('vault.lock', {})).toEqual({ ok: true, value: {} });
    const spare = join(spareDir, 'vault.key.json');
    copyFileSync(join(dataDir, 'vault.key.json'), spare);
    rmSync(join(dataDir, 'vault.key.json'));

    // The dialog was cancelled: nothing happens.
    expect(await client.invoke('vault.restoreKeyFile', {})).toEqual({
      ok: true,
      value: { outcome: 'cancelled' },
    });
    // The dialog failed (no window, a platform error): a cancelled pick, logged by class name.
    answer = async () => {
      throw new TypeError('dialog went away at /home/someone/secret');
    };
    expect(await client.invoke('vault.restoreKeyFile', {})).toEqual({
      ok: true,
      value: { outcome: 'cancelled' },
    });
    expect(logger.entries).toContainEqual({
      level: 'error',
      event: 'worker.pickFailed',
      fields: { error: 'TypeError' },
    });

    answer = async () => spare;
    expect(await client.invoke('vault.restoreKeyFile', {})).toEqual({
      ok: true,
      value: { outcome: 'restored' },
    });
    expect(asked).toEqual(['keyFile', 'keyFile', 'keyFile']);
    expect(
      await client.invoke('vault.unlockWithPassphrase', {
        passphrase: PASSPHRASE,
        rememberInKeychain: false,
      }),
    ).toEqual({ ok: true, value: { keychain: 'notRequested', recovery: 'ok', reapplied: null } });
  });

  it('without a pickFile option every pick answers cancelled', async () => {
    const bare = createWorkerClient({
      script: bootstrap,
      workerData: { dataDir, kdfCost: KDF, entry },
      logger: new MemoryLogger(),
    });
    try {
      expect(await bare.invoke('vault.pickBackup', {})).toMatchObject({
        ok: true,
        value: { outcome: 'cancelled' },
      });
    } finally {
      await bare.terminate();
    }
  });
  it('the backup folder is chosen in the main thread; the page sees the outcome and the folder', async () => {
    expect((await client.invoke('vault.create', { passphrase: PASSPHRASE })).ok).toBe(true);
    const folder = join(spareDir, 'usb');
    mkdirSync(folder);
    answer = async () => folder;
    const chosen = await client.invoke('backups.chooseFolder', {});
    expect(chosen).toMatchObject({ ok: true, value: { outcome: 'chosen', status: { folder } } });
    answer = async () => null;
    expect(await client.invoke('backups.chooseFolder', {})).toMatchObject({
      ok: true,
      value: { outcome: 'cancelled' },
    });
    expect(asked).toEqual(['folder', 'folder']);
    const status = await client.invoke('vault.status', {});
    if (status.ok) {
      const id = JSON.parse(readFileSync(join(dataDir, 'vault.key.json'), 'utf8'))
        .vaultId as string;
      await new KeytarKeyStore().delete(keychainAccount(id)).catch(() => false);
    }
  });
});

// The vault runs in a real worker thread: create, write, list, lock, and survive the worker dying.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWorkerClient, type WorkerClient } from '../../main/host/worker-client';
import { MemoryLogger } from '../../main/vault/logger';

const bootstrap = new URL('../support/ts-worker.mjs', import.meta.url);
const entry = pathToFileURL(resolve(__dirname, '../../main/host/vault-worker.ts')).href;
const PASSPHRASE = 'correct horse battery staple';
const CRASH = 'test.crash';
const tsxCli = resolve(__dirname, '../../node_modules/tsx/dist/cli.mjs');

describe('vault worker', () => {
  let dataDir: string;
  let client: WorkerClient;
  let exits: number;
  let logger: MemoryLogger;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'fortrolig-worker-'));
    exits = 0;
    logger = new MemoryLogger();
    client = createWorkerClient({
      script: bootstrap,
      workerData: { dataDir, kdfCost: { N: 2 ** 14, r: 8, p: 1 }, entry, crashChannel: CRASH },
      logger,
      onUnexpectedExit: () => exits++,
    });
  });

  afterEach(async () => {
    await client.terminate();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates a vault, stores and lists a programme, and refuses to list once locked', async () => {
    expect(await client.invoke('vault.status', {})).toMatchObject({
      ok: true,
      value: { state: 'absent' },
    });

    const created = await client.invoke('vault.create', { passphrase: PASSPHRASE });
    // Without a reachable Secret Service the vault is still created; the key stays passphrase-only.
    expect(created).toMatchObject({
      ok: true,
      value: { keychain: expect.stringMatching(/^(stored|unavailable)$/) },
    });

    const programme = await client.invoke('programmes.create', {
      name: 'Første forløb',
      funder: 'Jobcenter Aarhus',
      country: 'DK',
      startsOn: '2026-01-05',
      endsOn: '2026-06-30',
    });
    expect(programme).toMatchObject({ ok: true, value: { name: 'Første forløb' } });

    const listed = await client.invoke('programmes.list', {});
    expect(listed).toMatchObject({ ok: true, value: [{ name: 'Første forløb' }] });

    expect(await client.invoke('vault.lock', {})).toEqual({ ok: true, value: {} });
    expect(await client.invoke('programmes.list', {})).toEqual({
      ok: false,
      error: { code: 'vaultLocked' },
    });
  });

  it('validates input inside the worker like any other dispatch', async () => {
    expect(await client.invoke('vault.create', { passphrase: 'short' })).toEqual({
      ok: false,
      error: { code: 'validation', field: 'passphrase' },
    });
    expect(await client.invoke('no.such.channel', {})).toEqual({
      ok: false,
      error: { code: 'unknownChannel' },
    });
  });

  it('answers a dying worker with internal, restarts it, and the vault comes back locked', async () => {
    const created = await client.invoke('vault.create', { passphrase: PASSPHRASE });
    expect(created.ok).toBe(true);
    const opfolgning = {
      name: 'Opfølgning',
      funder: 'Jobcenter Aarhus',
      country: 'DK',
      startsOn: '2026-01-05',
      endsOn: '2026-06-30',
    };
    expect((await client.invoke('programmes.create', opfolgning)).ok).toBe(true);

    expect(await client.invoke(CRASH, {})).toEqual({ ok: false, error: { code: 'internal' } });
    expect(exits).toBe(1);

    expect(await client.invoke('vault.status', {})).toMatchObject({
      ok: true,
      value: { state: 'locked' },
    });
    expect(await client.invoke('programmes.list', {})).toEqual({
      ok: false,
      error: { code: 'vaultLocked' },
    });
    // The restarted worker reaches the keychain through the main thread's one keytar; where
    // there is no keychain, the recovery passphrase is the way back in.
    const keychainStored =
      created.ok && (created.value as { keychain: string }).keychain === 'stored';
    const unlocked = keychainStored
      ? await client.invoke('vault.unlock', {})
      : await client.invoke('vault.unlockWithPassphrase', {
          passphrase: PASSPHRASE,
          rememberInKeychain: false,
        });
    expect(unlocked).toMatchObject({ ok: true });
    expect(await client.invoke('programmes.list', {})).toMatchObject({
      ok: true,
      value: [{ name: 'Opfølgning' }],
    });
    // The crash is logged by exit code only.
    expect(logger.entries).toContainEqual({
      level: 'warn',
      event: 'worker.exited',
      fields: { code: 70 },
    });
  });

  it('lets a call under way finish before the worker stops: a vault being created is created whole', async () => {
    // The stop arrives while create awaits its key derivation. Cut off there, create left no
    // vault and its key copy unzeroed; now the worker finishes it (bounded) and then exits.
    const creating = client.invoke('vault.create', { passphrase: PASSPHRASE });
    await client.terminate();
    expect(await creating).toEqual({ ok: false, error: { code: 'internal' } });
    const again = createWorkerClient({
      script: bootstrap,
      workerData: { dataDir, kdfCost: { N: 2 ** 14, r: 8, p: 1 }, entry },
      logger: new MemoryLogger(),
    });
    try {
      expect(await again.invoke('vault.status', {})).toMatchObject({
        ok: true,
        value: { state: 'locked' },
      });
    } finally {
      await again.terminate();
    }
  });

  it('resolves calls made after terminate() with internal instead of hanging', async () => {
    await client.terminate();
    expect(await client.invoke('vault.status', {})).toEqual({
      ok: false,
      error: { code: 'internal' },
    });
  });
});

describe('bundled vault worker (what the packaged app runs)', () => {
  let outDir: string;
  let dataDir: string;

  beforeAll(() => {
    // Built beside the sources so the externals (keytar, sqlcipher) resolve from node_modules.
    outDir = mkdtempSync(join(resolve(__dirname, '../..'), '.tmp-build-'));
    execFileSync(process.execPath, [tsxCli, 'scripts/build-main.ts', outDir], {
      cwd: resolve(__dirname, '../..'),
      stdio: 'pipe',
    });
  });

  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'fortrolig-bundle-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('loads keytar and SQLCipher from the CJS bundle and serves a vault', async () => {
    const client = createWorkerClient({
      script: join(outDir, 'main/host/vault-worker.cjs'),
      workerData: { dataDir, kdfCost: { N: 2 ** 14, r: 8, p: 1 } },
      logger: new MemoryLogger(),
    });
    try {
      const created = await client.invoke('vault.create', { passphrase: PASSPHRASE });
      expect(created).toMatchObject({ ok: true });
      expect(
        await client.invoke('programmes.create', {
          name: 'Bundlet',
          funder: 'Jobcenter Aarhus',
          country: 'DK',
          startsOn: '2026-01-05',
          endsOn: '2026-06-30',
        }),
      ).toMatchObject({ ok: true });
      expect(await client.invoke('programmes.list', {})).toMatchObject({
        ok: true,
        value: [{ name: 'Bundlet' }],
      });
    } finally {
      await client.terminate();
    }
  });
});

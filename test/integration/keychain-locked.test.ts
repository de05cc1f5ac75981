// A locked keyring is its own outcome: the private gnome-keyring collection is really locked
// through the Secret Service D-Bus API, every keychain call answers KeychainLockedError (in
// this thread, and through the vault worker as `keychainLocked`), and unlocking it again
// restores normal answers. Needs scripts/with-keyring.sh (it exports the throw-away password).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSessionBus, type SecretServiceCall } from '../../main/host/secret-service';
import { createWorkerClient } from '../../main/host/worker-client';
import { KeychainLockedError } from '../../main/vault/errors';
import { keychainAccount } from '../../main/vault/key-store';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { MemoryLogger } from '../../main/vault/logger';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../support/temp-vault';

const SECRETS = 'org.freedesktop.secrets';
const SERVICE_PATH = '/org/freedesktop/secrets';
const bootstrap = new URL('../support/ts-worker.mjs', import.meta.url);
const entry = pathToFileURL(resolve(__dirname, '../../main/host/vault-worker.ts')).href;

const inPrivateKeyring =
  process.platform === 'linux' &&
  process.env.FORTROLIG_KEYRING === 'private' &&
  !!process.env.FORTROLIG_KEYRING_PASSWORD;

describe.runIf(inPrivateKeyring)('locked keyring (private gnome-keyring)', () => {
  let bus: Awaited<ReturnType<typeof openSessionBus>>;
  let collection: string;
  let dir: string;

  beforeAll(async () => {
    // With a display, a locked keyring would open a GUI prompt and hang the test.
    expect(process.env.DISPLAY ?? '').toBe('');
    expect(process.env.WAYLAND_DISPLAY ?? '').toBe('');
    bus = await openSessionBus();
    const [path] = await bus.call({
      destination: SECRETS,
      path: SERVICE_PATH,
      interface: 'org.freedesktop.Secret.Service',
      member: 'ReadAlias',
      signature: 's',
      body: ['default'],
    });
    collection = String(path);
    expect(collection).toMatch(/^\/org\/freedesktop\/secrets\/collection\//);
    dir = tempDir();
  });

  afterAll(async () => {
    // Never leave the shared private keyring locked for the tests that follow.
    if (bus && collection) await unlock(bus.call, collection).catch(() => undefined);
    bus?.close();
    if (dir) removeDir(dir);
  });

  it('answers KeychainLockedError for get, set, delete and accounts, and normal answers once unlocked', async () => {
    const store = new KeytarKeyStore();
    const account = `locked-probe:${process.pid}`;
    const missing = `${account}:never-stored`;
    const key = Buffer.alloc(32, 0x3c);
    await store.set(account, key);
    expect(await store.get(account)).toEqual(key);
    expect(await store.get(missing)).toBeNull();

    await lock(bus.call, collection);
    expect(await isLocked(bus.call, collection)).toBe(true);

    await expect(store.get(account)).rejects.toBeInstanceOf(KeychainLockedError);
    // Not "no entry": with the collection locked nobody can know.
    await expect(store.get(missing)).rejects.toBeInstanceOf(KeychainLockedError);
    await expect(store.set(account, key)).rejects.toBeInstanceOf(KeychainLockedError);
    await expect(store.delete(account)).rejects.toBeInstanceOf(KeychainLockedError);
    // keytar's findCredentials would crash the process here; the probe refuses first.
    await expect(store.accounts()).rejects.toBeInstanceOf(KeychainLockedError);

    await unlock(bus.call, collection);
    expect(await isLocked(bus.call, collection)).toBe(false);

    expect(await store.get(account)).toEqual(key);
    expect(await store.get(missing)).toBeNull();
    expect(await store.accounts()).toContain(account);
    expect(await store.delete(account)).toBe(true);
    expect(await store.get(account)).toBeNull();
  });

  it('a vault in the worker answers keychainLocked while locked, and unlocks once the keyring is', async () => {
    const { vault } = testVault(dir);
    const { vaultId } = await vault.create(TEST_PASSPHRASE);
    vault.lock();
    const client = createWorkerClient({
      script: bootstrap,
      workerData: { dataDir: dir, kdfCost: { N: 2 ** 14, r: 8, p: 1 }, entry },
      logger: new MemoryLogger(),
    });
    try {
      await lock(bus.call, collection);
      expect(await client.invoke('vault.unlock', {})).toEqual({
        ok: false,
        error: { code: 'keychainLocked' },
      });
      await expect(vault.unlock()).rejects.toBeInstanceOf(KeychainLockedError);

      await unlock(bus.call, collection);
      expect(await client.invoke('vault.unlock', {})).toMatchObject({ ok: true });
      expect(await client.invoke('vault.lock', {})).toMatchObject({ ok: true });
    } finally {
      await client.terminate();
      await unlock(bus.call, collection).catch(() => undefined);
      await new KeytarKeyStore().delete(keychainAccount(vaultId)).catch(() => false);
    }
  });
});

async function lock(call: SecretServiceCall, collection: string): Promise<void> {
  const [locked, prompt] = await call({
    destination: SECRETS,
    path: SERVICE_PATH,
    interface: 'org.freedesktop.Secret.Service',
    member: 'Lock',
    signature: 'ao',
    body: [[collection]],
  });
  expect(locked).toEqual([collection]);
  expect(prompt).toBe('/');
}

/**
 * Service.Unlock would need a prompt (a GUI); gnome-keyring's own interface unlocks a
 * collection with its password instead, sent over a "plain" Secret Service session (the bus
 * is private to this test run, and so is the password).
 */
async function unlock(call: SecretServiceCall, collection: string): Promise<void> {
  const [, session] = await call({
    destination: SECRETS,
    path: SERVICE_PATH,
    interface: 'org.freedesktop.Secret.Service',
    member: 'OpenSession',
    signature: 'sv',
    body: ['plain', ['s', '']],
  });
  try {
    await call({
      destination: SECRETS,
      path: SERVICE_PATH,
      interface: 'org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface',
      member: 'UnlockWithMasterPassword',
      signature: 'o(oayays)',
      body: [
        collection,
        [
          session,
          Buffer.alloc(0),
          Buffer.from(process.env.FORTROLIG_KEYRING_PASSWORD!, 'utf8'),
          'text/plain',
        ],
      ],
    });
  } finally {
    await call({
      destination: SECRETS,
      path: String(session),
      interface: 'org.freedesktop.Secret.Session',
      member: 'Close',
    });
  }
}

async function isLocked(call: SecretServiceCall, collection: string): Promise<boolean> {
  const [variant] = await call({
    destination: SECRETS,
    path: collection,
    interface: 'org.freedesktop.DBus.Properties',
    member: 'Get',
    signature: 'ss',
    body: ['org.freedesktop.Secret.Collection', 'Locked'],
  });
  return (variant as [unknown, unknown[]])[1][0] === true;
}

// Without any Secret Service the keychain fails fast with KeychainUnavailableError, and the passphrase still opens the vault.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE, removeDir, tempDir, testVault } from '../support/temp-vault';

const run = promisify(execFile);
const probe = join(import.meta.dirname, '../support/keychain-probe.ts');
const tsx = join(import.meta.dirname, '../../node_modules/.bin/tsx');

const BUS_WITHOUT_SERVICES = `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy>
</busconfig>
`;

type ProbeResult = { keychainError: string; keychainMs: number; keychain: string; state: string };

function isolatedEnv(dir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DBUS_SESSION_BUS_ADDRESS;
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  env.FORTROLIG_KEYRING = 'private';
  for (const name of ['XDG_DATA_HOME', 'XDG_RUNTIME_DIR', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME']) {
    env[name] = join(dir, name.toLowerCase());
    mkdirSync(env[name]!, { recursive: true, mode: 0o700 });
  }
  return env;
}

describe('no Secret Service at all', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  async function vaultIn(sub: string): Promise<string> {
    const dataDir = join(dir, sub);
    const { vault } = testVault(dataDir);
    await vault.create(TEST_PASSPHRASE);
    vault.lock();
    return dataDir;
  }

  it('with no session bus: KeychainUnavailableError within 2 s, passphrase still unlocks', async () => {
    const dataDir = await vaultIn('nobus');
    const { stdout } = await run(tsx, [probe, dataDir], { env: isolatedEnv(dir), timeout: 30_000 });
    const result = JSON.parse(stdout) as ProbeResult;
    expect(result.keychainError).toBe('keychainUnavailable');
    expect(result.keychainMs).toBeLessThan(2000);
    expect(result.keychain).toBe('unavailable');
    expect(result.state).toBe('unlocked');
  });

  it('with a session bus that offers no Secret Service: still fails within 2 s, no hang', async () => {
    const dataDir = await vaultIn('emptybus');
    // A private bus with no service directories, so nothing can be activated to answer libsecret.
    const config = join(dir, 'bus.conf');
    writeFileSync(config, BUS_WITHOUT_SERVICES);
    const { stdout } = await run(
      'dbus-run-session',
      [`--config-file=${config}`, '--', tsx, probe, dataDir],
      {
        env: isolatedEnv(dir),
        timeout: 30_000,
      },
    );
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as ProbeResult;
    expect(result.keychainError).toBe('keychainUnavailable');
    expect(result.keychainMs).toBeLessThan(2000);
    expect(result.state).toBe('unlocked');
  });
});

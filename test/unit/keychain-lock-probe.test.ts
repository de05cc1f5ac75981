// The macOS keychain lock probe reads each answer `security show-keychain-info` gives (issue 11,
// item 6): exit 36 / "User interaction is not allowed" / a locked or cancelled keychain is locked;
// an unlocked or absent default keychain, a missing tool or a hang is not. Windows has no locked
// state and runs nothing.
import { describe, expect, it } from 'vitest';
import {
  keychainInfoSaysLocked,
  macKeychainLockProbe,
  platformLockProbe,
  runCommand,
  SECURITY_TOOL,
  type CommandAnswer,
  type CommandRunner,
} from '../../main/vault/keychain-lock-probe';

const LOGIN = '/Users/karen/Library/Keychains/login.keychain-db';
const ANSWERS: readonly (CommandAnswer & { what: string; locked: boolean })[] = [
  {
    what: 'unlocked (no timeout)',
    code: 0,
    stdout: '',
    stderr: `Keychain "${LOGIN}" no-timeout\n`,
    locked: false,
  },
  {
    what: 'unlocked (lock on sleep, timeout)',
    code: 0,
    stdout: '',
    stderr: `Keychain "${LOGIN}" lock-on-sleep timeout=300s\n`,
    locked: false,
  },
  {
    what: 'locked, no window server (exit 36 with its message)',
    code: 36,
    stdout: '',
    stderr: `security: SecKeychainCopySettings ${LOGIN}: User interaction is not allowed.\n`,
    locked: true,
  },
  { what: 'exit 36 without a message', code: 36, stdout: '', stderr: '', locked: true },
  {
    what: 'the message under another exit code',
    code: 1,
    stdout: '',
    stderr: 'security: User interaction is not allowed.\n',
    locked: true,
  },
  {
    what: 'a locked-keychain message',
    code: 51,
    stdout: '',
    stderr: `security: SecKeychainCopySettings ${LOGIN}: The keychain is locked.\n`,
    locked: true,
  },
  {
    what: 'the unlock dialog cancelled',
    code: 128,
    stdout: '',
    stderr: `security: SecKeychainCopySettings ${LOGIN}: User canceled the operation.\n`,
    locked: true,
  },
  {
    what: 'no default keychain',
    code: 50,
    stdout: '',
    stderr: 'security: SecKeychainCopyDefault: A default keychain could not be found.\n',
    locked: false,
  },
  {
    what: 'another failure',
    code: 1,
    stdout: '',
    stderr: 'security: SecKeychainCopySettings: The specified keychain could not be found.\n',
    locked: false,
  },
];

/** A runner that records its calls and answers as told (or throws). */
function runner(answer: CommandAnswer | Error) {
  const calls: { file: string; args: readonly string[]; timeoutMs: number }[] = [];
  const run: CommandRunner = async (file, args, timeoutMs) => {
    calls.push({ file, args, timeoutMs });
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { run, calls };
}

describe('macOS keychain lock probe', () => {
  it.each(ANSWERS)('reads "$what" as locked: $locked', ({ what: _, locked, ...answer }) => {
    expect(keychainInfoSaysLocked(answer)).toBe(locked);
  });

  it.each(ANSWERS)(
    'asks security show-keychain-info on the default keychain: "$what"',
    async ({ what: _, locked, ...answer }) => {
      const { run, calls } = runner(answer);
      expect(await macKeychainLockProbe(run, 900)({ service: 'Fortrolig', account: 'v1' })).toBe(
        locked,
      );
      expect(calls).toEqual([
        { file: SECURITY_TOOL, args: ['show-keychain-info'], timeoutMs: 900 },
      ]);
    },
  );

  it('cannot tell (false) when the tool is missing or hangs past the deadline', async () => {
    const missing = Object.assign(new Error('spawn /usr/bin/security ENOENT'), { code: 'ENOENT' });
    expect(await macKeychainLockProbe(runner(missing).run)({ service: 'Fortrolig' })).toBe(false);
    const killed = Object.assign(new Error('timed out'), { killed: true });
    expect(await macKeychainLockProbe(runner(killed).run)({ service: 'Fortrolig' })).toBe(false);
  });

  it('is the probe on darwin; Windows (no locked state in Credential Manager) runs nothing', async () => {
    const locked = runner({ code: 36, stdout: '', stderr: '' });
    expect(await platformLockProbe('darwin', 500, locked.run)({ service: 'Fortrolig' })).toBe(true);
    expect(locked.calls).toHaveLength(1);
    const windows = runner({ code: 36, stdout: '', stderr: '' });
    expect(await platformLockProbe('win32', 500, windows.run)({ service: 'Fortrolig' })).toBe(
      false,
    );
    expect(windows.calls).toEqual([]);
  });

  it('the real runner resolves a non-zero exit with its output, and throws on a missing tool or a hang', async () => {
    expect(await runCommand('/bin/sh', ['-c', 'echo locked >&2; exit 36'], 5000)).toEqual({
      code: 36,
      stdout: '',
      stderr: 'locked\n',
    });
    await expect(runCommand('/nonexistent/security', [], 5000)).rejects.toThrow();
    await expect(runCommand('/bin/sleep', ['5'], 100)).rejects.toThrow();
  });
});

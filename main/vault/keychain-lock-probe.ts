// Tells a locked keychain from a missing entry, per OS: keytar answers a read from a locked
// keychain with null (Linux) or an error that does not say why (macOS), so the adapter asks here.
import { execFile } from 'node:child_process';
import { openSessionBus, secretServiceAccounts, secretServiceLocked } from '../host/secret-service';

/**
 * Answers whether keychain items with these attributes (keytar's `service` and, if given,
 * `account`) are behind a locked collection. Must not prompt. Resolves false when it cannot
 * tell.
 */
export type KeychainLockProbe = (attributes: Readonly<Record<string, string>>) => Promise<boolean>;

/** What a finished command answered: its exit code (null if killed) and its output. */
export type CommandAnswer = Readonly<{ code: number | null; stdout: string; stderr: string }>;

/**
 * Runs a program without a shell and resolves how it ended, whatever the exit code.
 * @throws when it cannot be started (no such binary) or `timeoutMs` passed.
 */
export type CommandRunner = (
  file: string,
  args: readonly string[],
  timeoutMs: number,
) => Promise<CommandAnswer>;

export const DEFAULT_PROBE_DEADLINE_MS = 1500;

/** macOS's own keychain tool; by absolute path, so no PATH entry can stand in for it. */
export const SECURITY_TOOL = '/usr/bin/security';
/** errSecInteractionNotAllowed (-25308) as `security` reports it: the keychain must be unlocked first. */
const INTERACTION_NOT_ALLOWED_EXIT = 36;
const LOCKED_TEXT =
  /User interaction is not allowed|keychain is locked|User canceled the operation/iu;

/**
 * Reads `security show-keychain-info`'s answer on the default keychain: locked when it exits 36
 * (errSecInteractionNotAllowed), or says "User interaction is not allowed", that the keychain is
 * locked, or that the unlock dialog was cancelled (the keychain stays locked). An unlocked one
 * exits 0 (`Keychain "…/login.keychain-db" no-timeout`); "A default keychain could not be
 * found" and any other failure is not a lock: the caller reports a missing entry or no keychain.
 */
export function keychainInfoSaysLocked(answer: CommandAnswer): boolean {
  if (answer.code === 0) return false;
  if (answer.code === INTERACTION_NOT_ALLOWED_EXIT) return true;
  return LOCKED_TEXT.test(`${answer.stderr}\n${answer.stdout}`);
}

/**
 * The macOS probe: `security show-keychain-info` on the default keychain (where keytar stores
 * its entries), within `deadlineMs`; false when the tool is missing, hangs or answers otherwise.
 * The keychain as a whole is asked, not an item: an item lookup by the tool could show the
 * item's access dialog. Where the session has a window server, macOS may offer its own unlock
 * dialog for a locked keychain (as it does for keytar's read just before); without one (SSH, a
 * background agent) it answers "User interaction is not allowed" at once.
 */
export function macKeychainLockProbe(
  run: CommandRunner = runCommand,
  deadlineMs: number = DEFAULT_PROBE_DEADLINE_MS,
): KeychainLockProbe {
  return async () => {
    try {
      return keychainInfoSaysLocked(await run(SECURITY_TOOL, ['show-keychain-info'], deadlineMs));
    } catch {
      return false;
    }
  };
}

/**
 * The Linux probe: asks the Secret Service over the session bus (see
 * main/host/secret-service.ts), within `deadlineMs`.
 */
export function secretServiceLockProbe(
  deadlineMs: number = DEFAULT_PROBE_DEADLINE_MS,
): KeychainLockProbe {
  return async (attributes) => {
    let bus: Awaited<ReturnType<typeof openSessionBus>> | null = null;
    let timer: NodeJS.Timeout | undefined;
    try {
      bus = await openSessionBus();
      const deadline = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), deadlineMs);
      });
      return await Promise.race([secretServiceLocked(bus.call, attributes), deadline]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
      bus?.close();
    }
  };
}

/**
 * Lists the account names stored under a keychain service, without reading any secret.
 * @throws whatever the keychain throws; the keychain adapter turns that into its errors.
 */
export type KeychainAccountLister = (service: string) => Promise<string[]>;

/**
 * The lister for this OS, or null where keytar's own findCredentials is used (macOS, Windows).
 * On Linux the Secret Service is asked over the session bus for the items' attributes only
 * (main/host/secret-service.ts): keytar's findCredentials there fetches every secret and
 * crashes the process when an entry is deleted while it runs.
 */
export function platformAccountLister(
  platform: NodeJS.Platform = process.platform,
): KeychainAccountLister | null {
  if (platform !== 'linux') return null;
  return async (service) => {
    const bus = await openSessionBus();
    try {
      return await secretServiceAccounts(bus.call, service);
    } finally {
      bus.close();
    }
  };
}

/**
 * The probe for this OS: the Secret Service on Linux, `security` on macOS. Windows answers
 * false: Credential Manager has no locked state (its vault is open whenever the user is logged
 * in), so an absent entry there is simply absent.
 */
export function platformLockProbe(
  platform: NodeJS.Platform = process.platform,
  deadlineMs: number = DEFAULT_PROBE_DEADLINE_MS,
  run: CommandRunner = runCommand,
): KeychainLockProbe {
  if (platform === 'linux') return secretServiceLockProbe(deadlineMs);
  if (platform === 'darwin') return macKeychainLockProbe(run, deadlineMs);
  return async () => false;
}

/** CommandRunner over execFile: no shell, no stdin, killed after `timeoutMs`. */
export const runCommand: CommandRunner = (file, args, timeoutMs) =>
  new Promise((resolve, reject) => {
    const child = execFile(
      file,
      [...args],
      { timeout: timeoutMs, windowsHide: true, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (err && (typeof err.code !== 'number' || err.killed)) return reject(err);
        resolve({ code: err ? (err.code as number) : 0, stdout, stderr });
      },
    );
    child.stdin?.end();
  });

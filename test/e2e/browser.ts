// Finds a Chromium for the e2e tests on any OS: FORTROLIG_CHROMIUM, else Debian's chromium, else an
// installed Google Chrome or Microsoft Edge (playwright-core's channels). Nothing is downloaded.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const CHANNELS = ['chrome', 'msedge'] as const;

/**
 * On Linux the keychain tests must run in the private, throw-away keyring of
 * scripts/with-keyring.sh, never a user's own. macOS and Windows have no such thing: there the
 * tests use the login keychain / Credential Manager, and delete the entries they create.
 */
export function requirePrivateKeyringOnLinux(): void {
  if (process.platform === 'linux' && process.env.FORTROLIG_KEYRING !== 'private') {
    throw new Error('Run e2e under scripts/with-keyring.sh (a private, throwaway keyring).');
  }
}

/** What to try, in order: the override alone, else Debian's path if present, then the channels. */
function browserCandidates(env: NodeJS.ProcessEnv = process.env): LaunchOptions[] {
  const override = env.FORTROLIG_CHROMIUM;
  if (override) return [{ executablePath: override }];
  const found: LaunchOptions[] = [];
  if (existsSync(DEBIAN_CHROMIUM)) found.push({ executablePath: DEBIAN_CHROMIUM });
  for (const channel of CHANNELS) found.push({ channel });
  return found;
}

/** playwright-core's wording when a channel's browser is not installed where it looks. */
function notInstalled(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /distribution '\w+' is not (found|supported)|executable doesn't exist/i.test(message);
}

export async function launchChromium(): Promise<Browser> {
  requirePrivateKeyringOnLinux();
  const override = process.env.FORTROLIG_CHROMIUM;
  if (override && !existsSync(override)) {
    throw new Error(
      `FORTROLIG_CHROMIUM=${override}: no such file. Point it at a Chromium, Chrome or Edge executable.`,
    );
  }
  const tried: string[] = [];
  for (const candidate of browserCandidates()) {
    try {
      return await chromium.launch({ ...candidate, args: ARGS });
    } catch (error) {
      if (!notInstalled(error)) throw error;
      tried.push(candidate.executablePath ?? `channel ${candidate.channel}`);
    }
  }
  throw new Error(
    `No Chromium for the e2e tests (tried ${tried.join(', ')}). Install one of: chromium ` +
      '(Debian/Ubuntu: apt-get install chromium), Google Chrome or Microsoft Edge; or set ' +
      'FORTROLIG_CHROMIUM to the path of a Chromium-based browser executable.',
  );
}

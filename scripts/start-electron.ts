// Starts the built app in Electron, downloading the Electron binary first if it is missing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Prints what to do (never a stack trace) and exits 1. */
function fail(problem: string, ...steps: string[]): never {
  console.error(`start-electron: ${problem}\n${steps.map((step) => `  ${step}`).join('\n')}`);
  process.exit(1);
}

let electronDir: string;
try {
  electronDir = dirname(require.resolve('electron/package.json'));
} catch {
  fail('the electron package is not installed.', 'Run `npm install` (not with --omit=dev) first.');
}

function electronBinary(): string | null {
  // electron's index.js would itself try a download when path.txt is missing; check first.
  const override = Boolean(process.env.ELECTRON_OVERRIDE_DIST_PATH);
  if (!override && !existsSync(join(electronDir, 'path.txt'))) return null;
  try {
    const path = require('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** The first line of what electron's installer printed: the reason, without its stack trace. */
function reason(stderr: string): string {
  const line = stderr
    .split(/\r?\n/)
    .map((text) => text.trim())
    .find((text) => text && !text.startsWith('at '));
  return line ?? 'no reason given';
}

let binary = electronBinary();
if (!binary) {
  // npm install skips electron's install script (allowScripts); fetch the binary on demand.
  console.log('start-electron: Electron binary not installed; downloading it (about 100 MB)…');
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: ['ignore', 'inherit', 'pipe'],
    cwd: repoRoot,
    encoding: 'utf8',
  });
  binary = install.status === 0 ? electronBinary() : null;
  if (!binary) {
    fail(
      `could not download the Electron binary (${install.error?.message ?? reason(install.stderr ?? '')}).`,
      'This needs internet access to github.com (or ELECTRON_MIRROR). With access, run `npm start` again,',
      'or download it alone: node node_modules/electron/install.js',
      'Offline: point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron of the version in package.json.',
      'Everything but the window runs without it: `npm test`, `npm run vault -- …`.',
    );
  }
}

const env = { ...process.env };
// Set in a parent shell, this would make Electron behave as plain Node and ignore the app.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [repoRoot], { stdio: 'inherit', env });
child.on('error', (error) =>
  fail(
    `could not start Electron at ${binary} (${error.message}).`,
    'Check ELECTRON_OVERRIDE_DIST_PATH, or delete node_modules/electron/dist and path.txt and run `npm start` again.',
  ),
);
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}

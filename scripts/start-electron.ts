// Starts the built app in Electron, downloading the Electron binary first if it is missing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

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

let binary = electronBinary();
if (!binary) {
  // npm install skips electron's install script (allowScripts); fetch the binary on demand.
  console.log('start-electron: Electron binary not installed; downloading it…');
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'inherit',
    cwd: repoRoot,
  });
  binary = install.status === 0 ? electronBinary() : null;
}
if (!binary) {
  console.error(
    'start-electron: could not download the Electron binary (no internet, or downloads blocked).\n' +
      '  Retry with network access: node node_modules/electron/install.js\n' +
      '  Or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron of the same version.',
  );
  process.exit(1);
}

const env = { ...process.env };
// Set in a parent shell, this would make Electron behave as plain Node and ignore the app.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [repoRoot], { stdio: 'inherit', env });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}

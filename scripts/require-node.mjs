// Preflight for `npm start` and `npm run dist`: Electron 45's own tooling (its installer,
// @electron/get, @electron/rebuild, node-abi) needs Node 22.12 or newer, and on an older Node
// it fails deep inside with a stack trace. `npm test` runs on Node 20.19, so `engines` allows
// both; this stops the Electron commands early with one clear line instead.
// Plain JavaScript on purpose: it must run on any Node, before anything else is loaded.
const need = '22.12.0';
const what = `npm ${process.argv[2] === 'start' ? 'start' : 'run ' + (process.argv[2] ?? 'dist')}`;

function parts(version) {
  return version.replace(/^v/, '').split('.').map(Number);
}

const have = parts(process.versions.node);
const want = parts(need);
let older = false;
for (let i = 0; i < 3; i += 1) {
  if ((have[i] ?? 0) !== (want[i] ?? 0)) {
    older = (have[i] ?? 0) < (want[i] ?? 0);
    break;
  }
}
if (older) {
  console.error(
    `${what} needs Node ${need} or newer (Electron 45's tools); this is Node ${process.versions.node}.\n` +
      '  Install Node 22 LTS (https://nodejs.org, or nvm / fnm / volta) and run it again.\n' +
      '  `npm test` works on Node 20.19 as well.',
  );
  process.exit(1);
}

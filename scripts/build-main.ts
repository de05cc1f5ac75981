// Bundles the Electron main process, the sandboxed preload and the vault worker into dist/ as CJS.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { channelNames } from '../main/ipc/contract';
import { CERTIFICATE_FONT_FILES } from '../main/retention/certificate-fonts';

// An output folder argument lets tests bundle into a temp dir without touching dist/.
const outdir = process.argv[2] ?? 'dist';

// Native modules load their own .node binaries at run time; electron is provided by the host.
const NATIVE_EXTERNALS = ['electron', 'keytar', '@signalapp/sqlcipher'];

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: NATIVE_EXTERNALS,
  outdir,
  outExtension: { '.js': '.cjs' },
  legalComments: 'none',
  logLevel: 'warning',
  // import('keytar') becomes require('keytar'): inside app.asar only require is patched to
  // read from app.asar.unpacked, and a CJS bundle has no ESM loader context to rely on.
  supported: { 'dynamic-import': false },
  plugins: [
    esModuleInterop(['@signalapp/sqlcipher']),
    unreachableModules(['abstract-socket']),
    commonJsEntry(['pdfkit']),
  ],
};

await build({
  ...common,
  entryPoints: [
    { in: 'main/electron/main.ts', out: 'main/electron/main' },
    { in: 'main/host/vault-worker.ts', out: 'main/host/vault-worker' },
  ],
});

// A sandboxed preload may require only 'electron' (and a few polyfilled builtins): no Node.
await build({
  ...common,
  entryPoints: [{ in: 'main/electron/preload.ts', out: 'main/electron/preload' }],
  external: ['electron'],
  plugins: [contractNamesOnly()],
});

copyCertificateFonts(join(outdir, 'main/fonts'));

assertOnlyRequires(join(outdir, 'main/electron/preload.cjs'), ['electron']);
if (readFileSync(join(outdir, 'main/electron/preload.cjs'), 'utf8').length > 20_000) {
  throw new Error('preload.cjs grew past 20 KB: did a runtime import of zod or a schema slip in?');
}
assertOnlyRequires(
  join(outdir, 'main/host/vault-worker.cjs'),
  NATIVE_EXTERNALS.concat(nodeBuiltins()),
);
assertOnlyRequires(join(outdir, 'main/electron/main.cjs'), NATIVE_EXTERNALS.concat(nodeBuiltins()));
console.log(
  `build-main: ${outdir}/main/electron/{main,preload}.cjs, ${outdir}/main/host/vault-worker.cjs`,
);

/**
 * Our sources are ESM ("type": "module"), so esbuild imports a CJS external in Node mode:
 * `default` becomes the whole exports object, even when the module sets __esModule (as
 * @signalapp/sqlcipher's CJS build does), and `new SqlCipher()` would throw. This plugin puts
 * an ESM face on such a module that honours __esModule, with its named exports read here.
 */
function esModuleInterop(modules: readonly string[]): Plugin {
  const requireHere = createRequire(import.meta.url);
  const filter = new RegExp(`^(${modules.map((m) => m.replace(/[/.]/g, '\\$&')).join('|')})$`);
  return {
    name: 'es-module-interop',
    setup(b) {
      b.onResolve({ filter }, (args) =>
        args.namespace === 'es-module-interop'
          ? { path: args.path, external: true }
          : { path: args.path, namespace: 'es-module-interop' },
      );
      b.onLoad({ filter: /.*/, namespace: 'es-module-interop' }, (args) => {
        const names = Object.keys(requireHere(args.path) as object).filter(
          (name) => name !== 'default' && name !== '__esModule' && /^[A-Za-z_$][\w$]*$/.test(name),
        );
        const lines = [
          `const m = require(${JSON.stringify(args.path)});`,
          'export default m && m.__esModule ? m.default : m;',
          ...names.map((name) => `export const ${name} = m.${name};`),
        ];
        return { contents: lines.join('\n'), loader: 'js' };
      });
    },
  };
}

/**
 * The preload needs only the contract's channel names. Read here and inlined, they keep zod
 * and every schema (about 750 KB) out of the page's preload, and still cannot drift.
 */
function contractNamesOnly(): Plugin {
  return {
    name: 'contract-names-only',
    setup(b) {
      b.onResolve({ filter: /\/ipc\/contract$/ }, (args) => ({
        path: args.path,
        namespace: 'contract-names-only',
      }));
      b.onLoad({ filter: /.*/, namespace: 'contract-names-only' }, () => ({
        contents: `export const channelNames = ${JSON.stringify(channelNames)};`,
        loader: 'js',
      }));
    },
  };
}

/**
 * The certificate PDF's fonts (DejaVu Sans, subsetted into each PDF at export), with their
 * licence, beside the bundles: main/retention/certificate-fonts.ts finds them at
 * dist/main/fonts, which electron-builder packs with the rest of dist/. Only the main process
 * reads them; the window's bundle never contains them.
 */
function copyCertificateFonts(target: string): void {
  const source = dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'));
  mkdirSync(target, { recursive: true });
  for (const file of Object.values(CERTIFICATE_FONT_FILES))
    copyFileSync(join(source, 'ttf', file), join(target, file));
  copyFileSync(join(source, 'LICENSE'), join(target, 'DejaVu-LICENSE.txt'));
}

/** Fails the build if a bundle would require something that will not be there at run time. */
function assertOnlyRequires(file: string, allowed: readonly string[]): void {
  const source = readFileSync(file, 'utf8');
  // esbuild prints every require it emits with double quotes; single-quoted ones are text inside
  // strings (fontkit's bundled iconv-lite says "require('iconv-lite').extendNodeEncodings()").
  const required = [...source.matchAll(/\brequire\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]);
  const stray = required.filter((name) => name !== undefined && !allowed.includes(name));
  if (stray.length > 0) {
    throw new Error(`${file} requires modules it cannot load: ${[...new Set(stray)].join(', ')}`);
  }
  if (/\bimport\(\s*["'`]/.test(source))
    throw new Error(`${file} still contains a dynamic import()`);
}

/**
 * A package whose ESM build cannot run inside a CJS bundle is bundled from its CommonJS build
 * instead. pdfkit's ESM build computes paths from `import.meta.url` when it loads, which esbuild
 * leaves empty in CJS output, so `new URL(…, undefined)` would throw as the vault worker starts;
 * its CJS build uses `__filename`. Both are the same release, resolved as Node's require would.
 */
function commonJsEntry(modules: readonly string[]): Plugin {
  const requireHere = createRequire(import.meta.url);
  const filter = new RegExp(`^(${modules.map((m) => m.replace(/[/.]/g, '\\$&')).join('|')})$`);
  return {
    name: 'common-js-entry',
    setup(b) {
      b.onResolve({ filter }, (args) => ({ path: requireHere.resolve(args.path) }));
    },
  };
}

/**
 * Optional modules a bundled dependency requires only on a path Fortrolig never takes:
 * @homebridge/dbus-native loads the native `abstract-socket` for `unix:abstract=` bus
 * addresses, but main/host/secret-service.ts connects the socket itself and hands it a stream.
 * Each becomes a stub that throws, so the bundle requires nothing that is not shipped.
 */
function unreachableModules(modules: readonly string[]): Plugin {
  const filter = new RegExp(`^(${modules.map((m) => m.replace(/[/.]/g, '\\$&')).join('|')})$`);
  return {
    name: 'unreachable-modules',
    setup(b) {
      b.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'unreachable-modules' }));
      b.onLoad({ filter: /.*/, namespace: 'unreachable-modules' }, (args) => ({
        contents: `throw new Error(${JSON.stringify(`${args.path} is not shipped with Fortrolig`)});`,
        loader: 'js',
      }));
    },
  };
}

function nodeBuiltins(): string[] {
  const names = ['assert', 'buffer', 'crypto', 'events', 'fs', 'fs/promises', 'module', 'os'];
  names.push('path', 'process', 'stream', 'url', 'util', 'worker_threads');
  // The Secret Service lock probe's D-Bus client (@homebridge/dbus-native) and its streams.
  names.push('net', 'timers', 'string_decoder', 'child_process');
  // main/host/heap-scrub.ts reads the young generation's size and reaches gc() in a new context.
  names.push('v8', 'vm');
  // pdfkit (the access copy's PDF) compresses its streams with zlib.
  names.push('zlib');
  return names.flatMap((name) => [name, `node:${name}`]);
}

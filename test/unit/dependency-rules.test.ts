// The layer rules `npm run lint` enforces (.dependency-cruiser.cjs), shown failing on purpose: a
// small tree written to a temp folder with a cycle, a renderer import of main/vault, a renderer
// import that reaches the vault through an allowed-looking module or through the @core/ alias, an
// import that does not resolve, and electron outside the shell; and a tree that keeps the rules passes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const config = join(root, '.dependency-cruiser.cjs');
const depcruise = join(root, 'node_modules/.bin/depcruise');
let dir: string;

function tree(files: Record<string, string>): void {
  dir = mkdtempSync(join(tmpdir(), 'fortrolig-depcruise-'));
  files['renderer/src/index.ts'] ??= 'export {};\n';
  files['main/index.ts'] ??= 'export {};\n';
  files['tsconfig.json'] = JSON.stringify({
    compilerOptions: {
      module: 'ESNext',
      moduleResolution: 'Bundler',
      strict: true,
      paths: { '@core/*': ['./main/*'] },
    },
  });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** The rule names depcruise reports for the tree (empty when it passes). */
function violations(): string[] {
  const run = spawnSync(
    depcruise,
    ['main', 'renderer', '--config', config, '--output-type', 'json'],
    { cwd: dir, encoding: 'utf8' },
  );
  const out = JSON.parse(run.stdout) as { summary: { violations: { rule: { name: string } }[] } };
  return [...new Set(out.summary.violations.map((v) => v.rule.name))].sort();
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run lint’s layer rules', () => {
  it('refuse an import cycle', () => {
    tree({
      'main/domain/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'main/domain/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    });
    expect(violations()).toEqual(['no-circular']);
  });

  it('refuse a renderer import of main/vault, directly or through a module it may import', () => {
    tree({
      'main/vault/key-file.ts': 'export const key = 1;\n',
      'main/domain/text.ts': "import { key } from '../vault/key-file';\nexport const t = key;\n",
      'renderer/src/leak.ts':
        "import { key } from '../../main/vault/key-file';\nexport const k = key;\n",
      'renderer/src/indirect.ts':
        "import { t } from '../../main/domain/text';\nexport const i = t;\n",
    });
    expect(violations()).toEqual([
      'renderer-never-reaches-node-or-the-vault',
      'renderer-reaches-main-only-through-the-contract',
    ]);
  });

  it('see through the renderer’s @core/ alias, and refuse an import that does not resolve', () => {
    tree({
      'main/vault/key-file.ts': 'export const key = 1;\n',
      'renderer/src/alias.ts':
        "import { key } from '@core/vault/key-file';\nexport const k = key;\n",
      'renderer/src/typo.ts': "import { c } from '@cor/ipc/contract';\nexport const o = c;\n",
    });
    expect(violations()).toEqual([
      'renderer-imports-resolve',
      'renderer-never-reaches-node-or-the-vault',
      'renderer-reaches-main-only-through-the-contract',
    ]);
  });

  it('refuse electron outside main/electron and node:* in the renderer', () => {
    tree({
      'node_modules/electron/package.json': '{"name":"electron","main":"index.js"}',
      'node_modules/electron/index.js': 'module.exports = {};\n',
      'main/domain/shell.ts': "import { app } from 'electron';\nexport const x = app;\n",
      'renderer/src/fs.ts':
        "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
    });
    expect(violations()).toEqual(['electron-only-in-shell', 'renderer-no-node']);
  });

  it('pass a tree that keeps them', () => {
    tree({
      'main/vault/database.ts': 'export interface Database { close(): void }\n',
      'main/domain/text.ts':
        "import type { Database } from '../vault/database';\nexport const t = (d?: Database) => d;\n",
      'main/ipc/contract.ts': "import { t } from '../domain/text';\nexport const c = t;\n",
      'renderer/src/ok.ts': "import { c } from '@core/ipc/contract';\nexport const o = c;\n",
    });
    expect(violations()).toEqual([]);
  });
});

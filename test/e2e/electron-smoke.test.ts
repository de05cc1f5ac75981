// Launches the built app in real Electron and sees the create-vault screen behind the hardened window.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../main/ipc/contract';

const repoRoot = resolve(__dirname, '../..');
const requireHere = createRequire(import.meta.url);
const electronDir = join(repoRoot, 'node_modules', 'electron');

/** The Electron executable, or null when its download never happened (npm skips the script). */
function electronBinary(): string | null {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const smoke = binary ? it : it.skip;
const reason = binary
  ? ''
  : 'skipped: Electron binary not installed (downloads are blocked on this machine): ';

describe('Electron app', () => {
  let app: ElectronApplication | null = null;
  let dataDir: string;

  beforeAll(() => {
    if (!binary) return;
    dataDir = mkdtempSync(join(tmpdir(), 'fortrolig-electron-'));
    const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    execFileSync(process.execPath, [tsx, 'scripts/build-main.ts'], { cwd: repoRoot });
    if (!existsSync(join(repoRoot, 'dist', 'renderer', 'index.html'))) {
      const vite = join(dirname(requireHere.resolve('vite/package.json')), 'bin', 'vite.js');
      execFileSync(process.execPath, [vite, 'build', '--config', 'renderer/vite.config.ts'], {
        cwd: repoRoot,
      });
    }
  });

  afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  smoke(
    `${reason}starts on the create-vault screen with only the contract on window.vault`,
    async () => {
      const env: Record<string, string> = {};
      for (const [key, value] of Object.entries(process.env)) {
        if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
      }
      app = await electron.launch({
        executablePath: binary ?? undefined,
        // Test containers run as root, where Chromium's OS sandbox cannot start.
        args: [repoRoot, '--no-sandbox'],
        env: { ...env, FORTROLIG_DATA_DIR: dataDir },
      });
      const page = await app.firstWindow();
      await page.locator('#create-title').waitFor({ state: 'visible', timeout: 30_000 });
      expect(await page.title()).toBe('Fortrolig');
      // Runs in the page; globalThis is its window (the test's tsconfig has no DOM types).
      const exposed = await page.evaluate(() => {
        const page = globalThis as unknown as { vault: object; require?: unknown };
        return { vault: Object.keys(page.vault).sort(), node: typeof page.require };
      });
      expect(exposed.vault).toEqual([...channelNames].sort());
      expect(exposed.node).toBe('undefined');
      expect(page.url()).toBe('app://fortrolig/index.html');
    },
  );
});

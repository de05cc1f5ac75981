// Where the vault lives: a per-machine app-data folder that OS backups and roaming profiles do
// not copy. Windows: %LOCALAPPDATA% (a domain copies %APPDATA%, the roaming profile, to a server
// at every log-off), with a one-time move of a vault made there by an older version. macOS:
// ~/Library/Application Support, excluded from Time Machine. Linux: $XDG_CONFIG_HOME or ~/.config.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER = 'Fortrolig';

/**
 * The data folder for this user and platform, or FORTROLIG_DATA_DIR when set (tests, admins).
 * Pure: reads only `env`, `platform` and the home folder.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.FORTROLIG_DATA_DIR) return env.FORTROLIG_DATA_DIR;
  if (platform === 'win32')
    return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}

/** Where versions before 0.2 kept the vault on Windows: the roaming profile. Null elsewhere. */
export function legacyRoamingDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  if (platform !== 'win32' || env.FORTROLIG_DATA_DIR) return null;
  return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
}

const VAULT_FILES = /^(vault\.db(-wal)?|vault\.key\.json|settings\.json)$/;

/**
 * Moves a vault from the roaming profile to `target` once: only when `target` holds no vault
 * and `legacy` does. The files are copied, the copy is complete before the originals are
 * removed (a rename when both are on one volume), and nothing is overwritten.
 * @returns 'moved', or 'none' when there was nothing to move (or `target` already has a vault).
 * @throws the file system's error (EACCES, ENOSPC, …); the originals are then left in place.
 */
export function moveRoamingVault(legacy: string | null, target: string): 'moved' | 'none' {
  if (!legacy || legacy === target || !existsSync(join(legacy, 'vault.db'))) return 'none';
  if (existsSync(join(target, 'vault.db')) || existsSync(join(target, 'vault.key.json')))
    return 'none';
  mkdirSync(target, { recursive: true, mode: 0o700 });
  const files = readdirSync(legacy).filter((f) => VAULT_FILES.test(f));
  try {
    for (const f of files) renameSync(join(legacy, f), join(target, f));
  } catch {
    // Another volume: copy everything first, then remove the originals.
    for (const f of files) {
      if (existsSync(join(legacy, f))) cpSync(join(legacy, f), join(target, f));
    }
    for (const f of files) rmSync(join(legacy, f), { force: true });
  }
  return 'moved';
}

/**
 * Keeps the data folder out of OS backups where the OS offers a switch: on macOS a sticky
 * Time Machine exclusion (`tmutil addexclusion`, Apple's documented command; it sets the
 * folder's exclusion attribute, so it follows the folder). Resolves 'excluded', 'unsupported'
 * (other platforms) or 'failed' (tmutil missing or refused); never throws.
 */
export function excludeFromOsBackups(
  dataDir: string,
  platform: NodeJS.Platform = process.platform,
  run: typeof execFile = execFile,
): Promise<'excluded' | 'unsupported' | 'failed'> {
  if (platform !== 'darwin') return Promise.resolve('unsupported');
  return new Promise((resolve) => {
    run('/usr/bin/tmutil', ['addexclusion', dataDir], (err) =>
      resolve(err ? 'failed' : 'excluded'),
    );
  });
}

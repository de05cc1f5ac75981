// Where the vault lives by default: the same folder Electron's app.getPath('userData') gives.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER = 'Fortrolig';

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (env.FORTROLIG_DATA_DIR) return env.FORTROLIG_DATA_DIR;
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}

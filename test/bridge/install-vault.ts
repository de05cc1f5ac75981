// Builds the init script that gives a test page window.vault over the bridge's loopback HTTP.
import { channelNames } from '../../main/ipc/contract';
import { BRIDGE_PATH_PREFIX, BRIDGE_TOKEN_HEADER } from './server';

export type InstallVaultOptions = Readonly<{
  token: string;
  /** Also installs window.fortrolig.onLocked, driven by window.__fortroligFireLocked() from tests. */
  withHostEvents?: boolean;
}>;

/** Source for page.addInitScript: one function per contract channel, each a POST to the bridge. */
export function installVaultScript(options: InstallVaultOptions): string {
  const config = JSON.stringify({
    token: options.token,
    names: channelNames,
    prefix: BRIDGE_PATH_PREFIX,
    header: BRIDGE_TOKEN_HEADER,
    hostEvents: options.withHostEvents ?? false,
  });
  return `(() => {
  const config = ${config};
  const call = (name) => async (input) => {
    try {
      const response = await fetch(config.prefix + encodeURIComponent(name), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [config.header]: config.token },
        body: JSON.stringify(input ?? {}),
      });
      if (!response.ok) return { ok: false, error: { code: 'internal' } };
      return await response.json();
    } catch {
      return { ok: false, error: { code: 'internal' } };
    }
  };
  const api = {};
  for (const name of config.names) api[name] = call(name);
  Object.defineProperty(window, 'vault', { value: Object.freeze(api), enumerable: true });
  if (config.hostEvents) {
    const listeners = new Set();
    Object.defineProperty(window, 'fortrolig', {
      value: Object.freeze({
        onLocked(listener) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      }),
    });
    window.__fortroligFireLocked = () => listeners.forEach((listener) => listener());
  }
})();`;
}

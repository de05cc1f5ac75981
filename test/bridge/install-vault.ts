// Builds the init script that gives a test page window.vault over the bridge's loopback HTTP.
import { channelNames } from '../../main/ipc/contract';
import { BRIDGE_PATH_PREFIX, BRIDGE_TOKEN_HEADER } from './server';

export type InstallVaultOptions = Readonly<{
  token: string;
  /** Also installs window.fortrolig.onLocked, driven by window.__fortroligFireLocked() from tests. */
  withHostEvents?: boolean;
  /**
   * How calls travel: 'http' (default), a POST per call to the bridge; or 'binding', through
   * the page binding BRIDGE_BINDING that the caller exposes with Playwright's
   * context.exposeBinding (answering bridge.callJson). bench:ui uses the binding: its round trip
   * (Chrome DevTools Protocol on an open pipe) is a fraction of a fetch's, closer to what
   * Electron's IPC costs, so the bench measures the app rather than the harness.
   */
  transport?: 'http' | 'binding';
}>;

/** The page binding name the 'binding' transport calls: (channel, inputJson) => resultJson. */
export const BRIDGE_BINDING = '__fortroligBridgeCall';

/** Source for page.addInitScript: one function per contract channel, each a POST to the bridge. */
export function installVaultScript(options: InstallVaultOptions): string {
  const config = JSON.stringify({
    token: options.token,
    names: channelNames,
    prefix: BRIDGE_PATH_PREFIX,
    header: BRIDGE_TOKEN_HEADER,
    hostEvents: options.withHostEvents ?? false,
    binding: options.transport === 'binding' ? BRIDGE_BINDING : null,
  });
  return `(() => {
  const config = ${config};
  const call = (name) => async (input) => {
    if (config.binding) {
      // Each call's round trip, for the bench (a binding leaves no resource timing entry).
      const t0 = performance.now();
      try {
        return JSON.parse(await window[config.binding](name, JSON.stringify(input ?? {})));
      } catch {
        return { ok: false, error: { code: 'internal' } };
      } finally {
        const calls = (window.__vaultCallTimes ??= []);
        if (calls.length < 10000) calls.push({ name, ms: performance.now() - t0 });
      }
    }
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

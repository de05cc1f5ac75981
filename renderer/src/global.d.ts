// Globals the preload (or the e2e test bridge) puts on window; the renderer sees nothing else of the host.
import type { VaultApi } from '@core/ipc/contract';

declare global {
  interface Window {
    readonly vault: VaultApi;
    /** Host events. Optional: the Electron preload may offer it, a plain browser never does. */
    readonly fortrolig?: {
      /** Called when the host locked the vault (idle, OS screen lock, suspend); returns an unsubscribe. */
      onLocked?: (listener: () => void) => (() => void) | void;
    };
  }
}

export {};

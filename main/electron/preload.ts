// Sandboxed preload: window.vault is exactly the IPC contract; window.fortrolig only host events.
import { contextBridge, ipcRenderer } from 'electron';
import { channelNames, type VaultApi } from '../ipc/contract';
import { LOCKED_EVENT } from './events';

// Built from the contract itself, so a new channel reaches the renderer without touching this file.
// Each function takes only the input: the page never chooses a channel or sees ipcRenderer.
const vault = Object.fromEntries(
  channelNames.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)]),
) as unknown as VaultApi;

const fortrolig = {
  onLocked(listener: () => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onLocked needs a function');
    // The IPC event is not passed on: it would hand the page a reference to the sender.
    const relay = (): void => listener();
    ipcRenderer.on(LOCKED_EVENT, relay);
    return () => {
      ipcRenderer.removeListener(LOCKED_EVENT, relay);
    };
  },
};

contextBridge.exposeInMainWorld('vault', vault);
contextBridge.exposeInMainWorld('fortrolig', fortrolig);

// Registers one ipcMain handler per contract channel, each refusing callers other than our page.
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelNames, type IpcResult } from '../ipc/contract';
import { isAppUrl } from './app-origin';

export type Invoke = (channel: string, input: unknown) => Promise<IpcResult<unknown>>;
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

const FORBIDDEN: IpcResult<never> = { ok: false, error: { code: 'forbidden' } };

/**
 * Registers one `ipcMain.handle` per contract channel that answers only our own page
 * (`isTrustedSender`) and passes the call to `invoke` (the vault worker); any other sender gets
 * { ok: false, error: { code: 'forbidden' } } and nothing runs. Returns nothing; never throws.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  invoke: Invoke,
  isTrustedSender: SenderCheck,
): void {
  for (const channel of channelNames) {
    // Only the first argument is the input; anything else a caller sends is ignored.
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event)) return FORBIDDEN;
      return invoke(channel, input);
    });
  }
}

/**
 * Trusts a call only from the main frame of our window while it shows app://fortrolig.
 * A subframe, another window or a page that navigated elsewhere gets 'forbidden'.
 */
export function trustedSenderCheck(getWindow: () => BrowserWindow | null): SenderCheck {
  return (event) => {
    const window = getWindow();
    const frame = event.senderFrame;
    if (!window || window.isDestroyed() || !frame) return false;
    if (event.sender !== window.webContents) return false;
    const main = window.webContents.mainFrame;
    if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
    return frame.parent === null && isAppUrl(frame.url);
  };
}

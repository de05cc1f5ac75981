// The main-process half of "restore from a backup": the OS open dialog, filtered to backup files.
// The chosen path goes to the core's `pickBackupFile` and never to the page.
import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';

/** Dialog options: one file, backup databases or their key files (either half of a pair will do). */
export const BACKUP_DIALOG_OPTIONS: OpenDialogOptions = {
  properties: ['openFile', 'dontAddToRecent'],
  filters: [{ name: 'Fortrolig backup', extensions: ['db', 'json'] }],
};

/**
 * A `pickBackupFile` for the core: shows the open dialog over our window (modal), resolves to
 * the chosen path, or null when the consultant cancels or there is no window.
 */
export function createBackupPicker(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  getWindow: () => BrowserWindow | null,
): () => Promise<string | null> {
  return async () => {
    const window = getWindow();
    if (!window || window.isDestroyed()) return null;
    const result = await dialog.showOpenDialog(window, BACKUP_DIALOG_OPTIONS);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}

// The main-process half of "restore from a backup", "put back the key file" and "choose the
// backup folder": the OS open dialog, filtered to what is asked for. The chosen path goes to the core's pickers (through the
// vault worker) and never to the page.
import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import type { PickWhat } from '../host/worker-protocol';

/** Dialog options: one file, backup databases or their key files (either half of a pair will do). */
export const BACKUP_DIALOG_OPTIONS: OpenDialogOptions = {
  properties: ['openFile', 'dontAddToRecent'],
  filters: [{ name: 'Fortrolig backup', extensions: ['db', 'json'] }],
};

/** Dialog options for a missing key file: a backup pair's `….key.json`. */
export const KEY_FILE_DIALOG_OPTIONS: OpenDialogOptions = {
  properties: ['openFile', 'dontAddToRecent'],
  filters: [{ name: 'Fortrolig key file', extensions: ['json'] }],
};

/** Dialog options for the backup folder: one folder (a network drive, a USB stick), new ones allowed. */
export const FOLDER_DIALOG_OPTIONS: OpenDialogOptions = {
  properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
};

/** Dialog options for an enrolment list from the job centre or NAV: CSV (or text) and XLSX. */
export const IMPORT_LIST_DIALOG_OPTIONS: OpenDialogOptions = {
  properties: ['openFile', 'dontAddToRecent'],
  filters: [{ name: 'CSV / Excel', extensions: ['csv', 'txt', 'xlsx'] }],
};

const OPTIONS: Readonly<Record<PickWhat, OpenDialogOptions>> = {
  backup: BACKUP_DIALOG_OPTIONS,
  keyFile: KEY_FILE_DIALOG_OPTIONS,
  folder: FOLDER_DIALOG_OPTIONS,
  importList: IMPORT_LIST_DIALOG_OPTIONS,
};

/**
 * The worker client's `pickFile`: shows the open dialog for `what` over our window (modal),
 * resolves to the chosen path, or null when the consultant cancels or there is no window.
 */
export function createBackupPicker(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  getWindow: () => BrowserWindow | null,
): (what: PickWhat) => Promise<string | null> {
  return async (what) => {
    const window = getWindow();
    if (!window || window.isDestroyed()) return null;
    const result = await dialog.showOpenDialog(window, OPTIONS[what]);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}

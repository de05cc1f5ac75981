// The main process's open dialog for the core's pickers, against a fake dialog: the filter fits
// what is asked for, a cancel or a missing window answers null, and the path is passed through.
import { describe, expect, it } from 'vitest';
import {
  BACKUP_DIALOG_OPTIONS,
  FOLDER_DIALOG_OPTIONS,
  KEY_FILE_DIALOG_OPTIONS,
  createBackupPicker,
} from '../../main/electron/backup-picker';

// Electron's own types stay in main/electron: these are read off the picker's signature.
type Dialog = Parameters<typeof createBackupPicker>[0];
type BrowserWindow = NonNullable<ReturnType<Parameters<typeof createBackupPicker>[1]>>;
type OpenDialogOptions = typeof BACKUP_DIALOG_OPTIONS;

function fakeDialog(answer: { canceled: boolean; filePaths: string[] }) {
  const calls: { window: unknown; options: OpenDialogOptions }[] = [];
  const dialog = {
    showOpenDialog: async (window: unknown, options: OpenDialogOptions) => {
      calls.push({ window, options });
      return answer;
    },
  } as unknown as Dialog;
  return { dialog, calls };
}

const window = { isDestroyed: () => false } as unknown as BrowserWindow;

describe('backup picker', () => {
  it('asks for a backup pair (.db or .json) or a key file (.json only), modal over our window', async () => {
    const { dialog, calls } = fakeDialog({ canceled: false, filePaths: ['/media/usb/x.key.json'] });
    const pick = createBackupPicker(dialog, () => window);
    expect(await pick('backup')).toBe('/media/usb/x.key.json');
    expect(await pick('keyFile')).toBe('/media/usb/x.key.json');
    expect(calls.map((c) => c.window)).toEqual([window, window]);
    expect(calls[0]!.options).toBe(BACKUP_DIALOG_OPTIONS);
    expect(calls[1]!.options).toBe(KEY_FILE_DIALOG_OPTIONS);
    expect(KEY_FILE_DIALOG_OPTIONS.filters).toEqual([
      { name: 'Fortrolig key file', extensions: ['json'] },
    ]);
    expect(KEY_FILE_DIALOG_OPTIONS.properties).toEqual(['openFile', 'dontAddToRecent']);
  });

  it('asks for one folder (new ones allowed) when the backup folder is chosen', async () => {
    const { dialog, calls } = fakeDialog({ canceled: false, filePaths: ['/media/usb'] });
    expect(await createBackupPicker(dialog, () => window)('folder')).toBe('/media/usb');
    expect(calls[0]!.options).toBe(FOLDER_DIALOG_OPTIONS);
    expect(FOLDER_DIALOG_OPTIONS.properties).toEqual([
      'openDirectory',
      'createDirectory',
      'dontAddToRecent',
    ]);
  });

  it('answers null when cancelled, or when there is no window to show the dialog over', async () => {
    const { dialog, calls } = fakeDialog({ canceled: true, filePaths: [] });
    expect(await createBackupPicker(dialog, () => window)('keyFile')).toBeNull();
    expect(await createBackupPicker(dialog, () => null)('keyFile')).toBeNull();
    const gone = { isDestroyed: () => true } as unknown as BrowserWindow;
    expect(await createBackupPicker(dialog, () => gone)('backup')).toBeNull();
    expect(calls).toHaveLength(1);
  });
});

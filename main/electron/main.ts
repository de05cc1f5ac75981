// Electron entry: one instance, the vault worker, the hardened window, IPC, menu and lock triggers.
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerMonitor,
  protocol,
  session,
  type Session,
  type WebContents,
} from 'electron';
import { zeroFreedHeapMemory } from '../host/heap-scrub';
import { disableCoreDumps } from '../host/no-core-dumps';
import { createWorkerClient } from '../host/worker-client';
import {
  defaultDataDir,
  excludeFromOsBackups,
  legacyRoamingDataDir,
  moveRoamingVault,
} from '../vault/data-dir';
import { hardenDataDir } from '../vault/data-dir-modes';
import { stderrLogger } from '../vault/logger';
import { createBackupPicker } from './backup-picker';
import { LOCKED_EVENT } from './events';
import { registerIpc, trustedSenderCheck } from './ipc';
import { startLockTriggers } from './lock-triggers';
import { buildMenuTemplate } from './menu';
import { registerAppScheme, serveApp } from './protocol';
import { createMainWindow } from './window';

// Bundled layout: dist/main/electron/main.cjs, dist/main/host/vault-worker.cjs, dist/renderer/.
const PRELOAD = join(__dirname, 'preload.cjs');
const WORKER = join(__dirname, '..', 'host', 'vault-worker.cjs');
const RENDERER = join(__dirname, '..', '..', 'renderer');
// Persistent for the renderer's language and theme preferences; its HTTP cache is off.
const UI_PARTITION = 'persist:fortrolig';
const QUIT_LOCK_DEADLINE_MS = 3000;

// Before any key exists in this process: a crash must not write its memory to a core file,
// and V8 zeroes the young-generation memory it vacates, in this thread and the vault worker
// (a process-wide V8 flag, set here with v8.setFlagsFromString: --js-flags would reach only
// the renderer, which never holds a key).
const coreDumps = disableCoreDumps();
zeroFreedHeapMemory();
if (coreDumps === 'failed') stderrLogger.warn('coreDumps.notDisabled');

registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same vault files; the first instance is focused instead.
  app.quit();
} else {
  run();
}

function run(): void {
  // Per-machine, not the roaming profile (and not app.getPath('userData'), which is roaming on
  // Windows); a vault an older version kept there moves once; macOS excludes it from Time Machine.
  const dataDir = defaultDataDir();
  try {
    moveRoamingVault(legacyRoamingDataDir(), dataDir);
  } catch (err) {
    stderrLogger.warn('dataDir.move', { code: (err as NodeJS.ErrnoException).code ?? 'unknown' });
  }
  void excludeFromOsBackups(dataDir).then((outcome) =>
    stderrLogger.info('dataDir.osBackups', { outcome }),
  );
  try {
    hardenDataDir(dataDir);
  } catch (err) {
    // Not fatal here: the vault itself answers storageReadOnly if the folder cannot be written.
    stderrLogger.warn('dataDir.modes', { code: (err as NodeJS.ErrnoException).code ?? 'unknown' });
  }
  let window: BrowserWindow | null = null;

  const notifyLocked = (): void => {
    if (window && !window.isDestroyed()) window.webContents.send(LOCKED_EVENT);
  };
  const worker = createWorkerClient({
    script: WORKER,
    workerData: { dataDir },
    logger: stderrLogger,
    onUnexpectedExit: notifyLocked,
    // Restore from a backup and put back a key file: the dialog is modal over our window.
    pickFile: createBackupPicker(dialog, () => window),
  });
  registerIpc(
    ipcMain,
    worker.invoke,
    trustedSenderCheck(() => window),
  );

  // A safety net for any web contents, including ones we never meant to create.
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  app.on('second-instance', () => {
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  const openWindow = (uiSession: Session): void => {
    window = createMainWindow({
      BrowserWindow,
      session: uiSession,
      preloadPath: PRELOAD,
      isPackaged: app.isPackaged,
    });
    window.on('closed', () => {
      window = null;
    });
  };

  void app.whenReady().then(() => {
    const uiSession = session.fromPartition(UI_PARTITION, { cache: false });
    serveApp(uiSession.protocol, RENDERER);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate(app.isPackaged, process.platform)),
    );
    openWindow(uiSession);
    startLockTriggers({ powerMonitor, invoke: worker.invoke, onLocked: notifyLocked });
    app.on('activate', () => {
      if (!window) openWindow(uiSession);
    });
  });

  // Closing the window ends the app on every platform, so no unlocked vault lingers in the dock.
  app.on('window-all-closed', () => app.quit());

  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    // Lock first so the database is closed cleanly; a lock stuck behind a call must not block
    // quitting. terminate() then lets each worker finish the call it is in (a backup may take a
    // minute) and exit between calls: a thread cut off inside SQLCipher aborts the process.
    const deadline = new Promise((resolve) => setTimeout(resolve, QUIT_LOCK_DEADLINE_MS));
    void Promise.race([worker.invoke('vault.lock', {}), deadline])
      .then(() => worker.terminate())
      .finally(() => app.quit());
  });
}

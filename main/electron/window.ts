// Creates the one app window with every Electron security gate closed; Electron is passed in.
import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';
import { APP_START_URL, CONTENT_SECURITY_POLICY, isAppUrl } from './app-origin';

export const WINDOW_TITLE = 'Fortrolig';

export type MainWindowDeps = Readonly<{
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** The window's session; hardened here (permissions, CSP header). */
  session: Session;
  preloadPath: string;
  isPackaged: boolean;
  startUrl?: string;
}>;

type HardenableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
> & { webRequest: Pick<Session['webRequest'], 'onHeadersReceived'> };

/**
 * Creates the one app window: sandboxed, context-isolated, no Node, no navigation or new windows
 * outside the app's origin, permissions refused, the CSP on every response. Returns it.
 */
export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  hardenSession(deps.session);
  const window = new deps.BrowserWindow({
    title: WINDOW_TITLE,
    width: 1100,
    height: 760,
    minWidth: 640,
    minHeight: 480,
    show: false,
    webPreferences: {
      preload: deps.preloadPath,
      session: deps.session,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Chromium's built-in PDF viewer (PDFium, sandboxed) shows CVs from a blob: URL in the
      // app, so a document is never written to a plaintext temp file for an outside viewer.
      plugins: true,
      // The OS spellchecker would see every word of a session note.
      spellcheck: false,
      devTools: !deps.isPackaged,
    },
  });

  // The page's <title> could one day carry a name; the OS shows titles in task switchers.
  window.on('page-title-updated', (event) => event.preventDefault());

  const contents = window.webContents;
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));

  window.once('ready-to-show', () => window.show());
  void window.loadURL(deps.startUrl ?? APP_START_URL);
  return window;
}

/**
 * The one permission granted: writing to the clipboard, so "copy national ID" works (the
 * renderer clears it after 30 s). Reading the clipboard, media, notifications: all denied.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** Denies every other permission and adds the CSP header to every response in `session`. */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(ALLOWED_PERMISSIONS.has(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}

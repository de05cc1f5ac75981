// The Electron security gates, proven against fakes: no Electron binary is needed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../main/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../../main/electron/app-origin';
import { registerIpc, trustedSenderCheck, type Invoke } from '../../main/electron/ipc';
import { createAppRequestHandler } from '../../main/electron/protocol';
import { createMainWindow, type MainWindowDeps } from '../../main/electron/window';

type Listener = (...args: unknown[]) => unknown;

// The preload imports electron at run time; these fakes record what it exposes.
const bridge = vi.hoisted(() => ({
  exposed: new Map<string, Record<string, unknown>>(),
  invoked: [] as [string, unknown][],
  listeners: new Map<string, ((...args: unknown[]) => void)[]>(),
}));
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, unknown>) => bridge.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: async (channel: string, input: unknown) => {
      bridge.invoked.push([channel, input]);
      return { ok: true, value: {} };
    },
    on: (event: string, listener: (...args: unknown[]) => void) => {
      bridge.listeners.set(event, [...(bridge.listeners.get(event) ?? []), listener]);
    },
    removeListener: (event: string, listener: (...args: unknown[]) => void) => {
      bridge.listeners.set(
        event,
        (bridge.listeners.get(event) ?? []).filter((l) => l !== listener),
      );
    },
  },
}));

class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: unknown) => unknown) | null = null;
  mainFrame = { processId: 7, routingId: 1, url: 'app://fortrolig/index.html', parent: null };
  setWindowOpenHandler(handler: (details: unknown) => unknown): void {
    this.windowOpenHandler = handler;
  }
}

class FakeBrowserWindow extends FakeEmitter {
  static last: FakeBrowserWindow | null = null;
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  constructor(readonly options: { title?: string; webPreferences?: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.last = this;
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return false;
  }
  show(): void {}
}

function fakeSession() {
  return {
    permissionRequest: null as null | ((...args: unknown[]) => void),
    permissionCheck: null as null | ((...args: unknown[]) => boolean),
    headers: null as null | ((details: unknown, callback: (r: unknown) => void) => void),
    setPermissionRequestHandler(handler: (...args: unknown[]) => void) {
      this.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
      this.permissionCheck = handler;
    },
    get webRequest() {
      return {
        onHeadersReceived: (
          handler: (details: unknown, callback: (r: unknown) => void) => void,
        ) => {
          this.headers = handler;
        },
      };
    },
  };
}

function openWindow(isPackaged: boolean) {
  const session = fakeSession();
  createMainWindow({
    BrowserWindow: FakeBrowserWindow as unknown as MainWindowDeps['BrowserWindow'],
    session: session as unknown as MainWindowDeps['session'],
    preloadPath: '/app/dist/main/electron/preload.cjs',
    isPackaged,
  });
  const window = FakeBrowserWindow.last;
  if (!window) throw new Error('no window created');
  return { window, session };
}

function preventable(url?: string) {
  return { url, preventDefault: vi.fn() };
}

describe('main window', () => {
  it('runs the page isolated, sandboxed, without Node, webviews or spellcheck', () => {
    const { window } = openWindow(true);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      plugins: true,
      spellcheck: false,
      devTools: false,
      preload: '/app/dist/main/electron/preload.cjs',
    });
    expect(window.loadedUrl).toBe('app://fortrolig/index.html');
  });

  it('keeps dev tools for unpackaged runs only', () => {
    expect(openWindow(false).window.options.webPreferences?.devTools).toBe(true);
  });

  it('prevents navigation and redirects to any other origin, allows its own', () => {
    const { window } = openWindow(true);
    for (const event of ['will-navigate', 'will-redirect']) {
      const away = preventable('https://example.com/');
      window.webContents.emit(event, away);
      expect(away.preventDefault).toHaveBeenCalled();
      const lookalike = preventable('app://fortrolig.evil/index.html');
      window.webContents.emit(event, lookalike);
      expect(lookalike.preventDefault).toHaveBeenCalled();
      const fileUrl = preventable('file:///etc/passwd');
      window.webContents.emit(event, fileUrl);
      expect(fileUrl.preventDefault).toHaveBeenCalled();
      const home = preventable('app://fortrolig/index.html');
      window.webContents.emit(event, home);
      expect(home.preventDefault).not.toHaveBeenCalled();
    }
  });

  it('denies window.open and webview attachment', () => {
    const { window } = openWindow(true);
    expect(window.webContents.windowOpenHandler?.({ url: 'app://fortrolig/index.html' })).toEqual({
      action: 'deny',
    });
    const attach = preventable();
    window.webContents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('keeps the title "Fortrolig" whatever the page sets', () => {
    const { window } = openWindow(true);
    expect(window.options.title).toBe('Fortrolig');
    const update = preventable();
    window.emit('page-title-updated', update, 'Anna Hansen – noter');
    expect(update.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check but clipboard writing', () => {
    const { session } = openWindow(true);
    const asks = [
      'media',
      'notifications',
      'clipboard-read',
      'geolocation',
      'openExternal',
      'fullscreen',
      'clipboard-sanitized-write',
    ];
    for (const permission of asks) {
      const callback = vi.fn();
      session.permissionRequest?.({}, permission, callback, {});
      const granted = permission === 'clipboard-sanitized-write';
      expect(callback, permission).toHaveBeenCalledWith(granted);
      expect(session.permissionCheck?.({}, permission, 'app://fortrolig', {}), permission).toBe(
        granted,
      );
    }
  });

  it('adds the strict CSP to every response header', () => {
    const { session } = openWindow(true);
    const callback = vi.fn();
    session.headers?.({ responseHeaders: { 'X-Other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
});

describe('content security policy', () => {
  it("allows only 'self' and never inline or eval'd code", () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  });
});

describe('app:// protocol', () => {
  let root: string;
  let outside: string;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(() => {
    outside = mkdtempSync(join(tmpdir(), 'fortrolig-protocol-'));
    root = join(outside, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Fortrolig</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(outside, 'secret.txt'), 'not for the renderer');
    handle = createAppRequestHandler(root);
  });
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  it('serves the renderer with its MIME type and the CSP header', async () => {
    const index = await handle(new Request('app://fortrolig/'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toContain('Fortrolig');
    const script = await handle(new Request('app://fortrolig/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses paths that climb out of the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/index.html%00.js',
    ]) {
      const response = await handle(new Request(`app://fortrolig${path}`));
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain('not for the renderer');
    }
  });

  it('answers only its own host and only reads', async () => {
    expect((await handle(new Request('app://elsewhere/index.html'))).status).toBe(404);
    expect(
      (await handle(new Request('app://fortrolig/index.html', { method: 'POST' }))).status,
    ).toBe(405);
    expect((await handle(new Request('app://fortrolig/missing.js'))).status).toBe(404);
  });
});

describe('IPC registration', () => {
  function setup() {
    const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain = {
      handle: (
        channel: string,
        handler: (event: unknown, ...args: unknown[]) => Promise<unknown>,
      ) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, handler);
      },
    };
    const invoke = vi.fn<Invoke>(async () => ({ ok: true, value: { state: 'locked' } }));
    const window = new FakeBrowserWindow({});
    const check = trustedSenderCheck(
      () =>
        window as unknown as Parameters<typeof trustedSenderCheck>[0] extends () => infer W
          ? W
          : never,
    );
    registerIpc(ipcMain as unknown as Parameters<typeof registerIpc>[0], invoke, check);
    const trusted = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    return { handlers, invoke, window, trusted };
  }

  it('registers exactly the contract channels', () => {
    expect([...setup().handlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('passes a call from our main frame on app://fortrolig through to the core', async () => {
    const { handlers, invoke, trusted } = setup();
    const result = await handlers.get('caseload.list')?.(trusted, { limit: 5 }, 'ignored');
    expect(result).toEqual({ ok: true, value: { state: 'locked' } });
    expect(invoke).toHaveBeenCalledWith('caseload.list', { limit: 5 });
  });

  it('refuses foreign frames, origins and senders without calling the core', async () => {
    const { handlers, invoke, window, trusted } = setup();
    const main = window.webContents.mainFrame;
    const foreign = [
      { ...trusted, senderFrame: { ...main, url: 'https://example.com/' } },
      { ...trusted, senderFrame: { ...main, url: 'app://fortrolig.evil/index.html' } },
      { ...trusted, senderFrame: { ...main, url: 'file:///index.html' } },
      { ...trusted, senderFrame: { ...main, routingId: 2, parent: main } },
      { ...trusted, senderFrame: null },
      { sender: new FakeWebContents(), senderFrame: main },
    ];
    for (const event of foreign) {
      expect(await handlers.get('vault.status')?.(event, {})).toEqual({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(invoke).not.toHaveBeenCalled();
  });
});

describe('preload', () => {
  beforeAll(async () => {
    await import('../../main/electron/preload');
  });

  it('exposes window.vault as exactly one function per contract channel', async () => {
    const vault = bridge.exposed.get('vault');
    expect(Object.keys(vault ?? {}).sort()).toEqual([...channelNames].sort());
    for (const channel of channelNames) {
      expect(typeof vault?.[channel]).toBe('function');
      await (vault?.[channel] as (input: unknown) => Promise<unknown>)({ probe: channel });
      expect(bridge.invoked.at(-1)).toEqual([channel, { probe: channel }]);
    }
  });

  it('exposes nothing else but window.fortrolig.onLocked', () => {
    expect([...bridge.exposed.keys()].sort()).toEqual(['fortrolig', 'vault']);
    expect(Object.keys(bridge.exposed.get('fortrolig') ?? {})).toEqual(['onLocked']);
  });

  it('relays vault:locked without the IPC event, and unsubscribes', () => {
    const onLocked = bridge.exposed.get('fortrolig')?.onLocked as (cb: () => void) => () => void;
    const listener = vi.fn();
    const unsubscribe = onLocked(listener);
    for (const relay of bridge.listeners.get('vault:locked') ?? []) relay({ sender: 'ipc' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith();
    unsubscribe();
    expect(bridge.listeners.get('vault:locked')).toEqual([]);
  });
});

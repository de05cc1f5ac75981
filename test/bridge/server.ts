// Test-only host: the real Vault and dispatch behind loopback HTTP, plus the built renderer, for e2e tests.
// Never shipped: the app's renderer reaches the same dispatch through the Electron preload instead.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { createDispatch, type Dispatch } from '../../main/ipc/dispatch';
import type { Core } from '../../main/ipc/handlers';
import { keychainAccount } from '../../main/vault/key-store';
import { KeytarKeyStore } from '../../main/vault/keytar-key-store';
import { stderrLogger } from '../../main/vault/logger';
import { Vault } from '../../main/vault/vault';
import { seedCaseload, type SeededCaseload } from './seed-caseload';

/** Header the init script sends; exported so the bundle test can prove it never ships. */
export const BRIDGE_TOKEN_HEADER = 'x-bridge-token';
export const BRIDGE_PATH_PREFIX = '/vault/';

/** The same policy as the meta tag in renderer/index.html, sent as a header too. */
export const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; frame-src blob:; object-src 'none'; base-uri 'none'; form-action 'none'; connect-src 'self'";

const RENDERER_DIR = resolve(import.meta.dirname, '../../dist/renderer');
const MAX_BODY_BYTES = 1024 * 1024;
// Cheap scrypt for tests only; the key file records the cost, so nothing else changes.
const TEST_KDF = { N: 2 ** 14, r: 8, p: 1 };

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export type Bridge = Readonly<{
  url: string;
  token: string;
  dataDir: string;
  /** Removes this vault's keychain entry, so the next keychain unlock fails with keychainEntryMissing. */
  forgetKeychainEntry: () => Promise<boolean>;
  /** What the main-process file dialog answers next for "restore from a backup": a path, or null (cancelled). */
  answerBackupPicker: (path: string | null) => void;
  /** What the main-process file dialog answers next for "put back the key file": a path, or null. */
  answerKeyFilePicker: (path: string | null) => void;
  /** What the OS folder dialog answers to the next backups.chooseFolder (null: cancelled). */
  answerFolderPicker: (path: string | null) => void;
  /** What the enrolment-list picker answers next (a path the test prepared, or null = cancelled). */
  answerImportPicker: (path: string | null) => void;
  /** Removes the recovery block pinned in the open vault, as in a vault made before pinning (tests only). */
  forgetRecoveryPin: () => void;
  /**
   * Runs one call through the same dispatch the HTTP route uses, in this process, and answers how
   * long it took in milliseconds: the core's own time (validation both ways included), without
   * the loopback HTTP and Chromium's fetch that every call through the bridge also pays (bench:ui
   * reports both; Electron's IPC in their place costs well under a millisecond).
   */
  timeInCore: (channel: string, input: unknown) => Promise<number>;
  /**
   * One call through the same dispatch as the HTTP route, JSON in and out: what the 'binding'
   * transport of installVaultScript answers (Playwright's context.exposeBinding).
   */
  callJson: (channel: string, inputJson: string) => Promise<string>;
  /** Adds a programme with `count` participants to the open vault, in-process (tests only). */
  seedCaseload: (count: number) => SeededCaseload;
  /**
   * Stores a rule's period as written, bypassing the 100-year bound, as a vault saved by an older
   * version may hold it (tests only): the due list must flag the rule, not fail.
   */
  storeRulePeriod: (presetId: string, category: string, period: string) => void;
  close: () => Promise<void>;
}>;

export async function startBridge(options: { dataDir?: string } = {}): Promise<Bridge> {
  const ownsDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'fortrolig-e2e-'));
  const keyStore = new KeytarKeyStore();
  const vault = new Vault({ dataDir, keyStore, kdfCost: TEST_KDF });
  // Stands in for Electron's open dialog: answers the path the test set up.
  let backupPick: string | null = null;
  let keyFilePick: string | null = null;
  let folderPick: string | null = null;
  let importPick: string | null = null;
  const core: Core = {
    vault,
    dataDir,
    now: () => new Date(),
    pickBackupFile: async () => backupPick,
    pickKeyFile: async () => keyFilePick,
    pickFolder: async () => folderPick,
    pickImportList: async () => importPick,
  };
  const dispatch = createDispatch(core, stderrLogger);
  const token = randomBytes(32).toString('hex');

  const server = createServer((req, res) => {
    handle(req, res, dispatch, token).catch(() => send(res, 500, 'text/plain', 'error'));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    dataDir,
    callJson: async (channel, inputJson) => {
      let input: unknown;
      try {
        input = inputJson.length ? JSON.parse(inputJson) : {};
      } catch {
        return JSON.stringify({ ok: false, error: { code: 'validation' } });
      }
      return JSON.stringify(await dispatch(channel, input));
    },
    timeInCore: async (channel, input) => {
      const start = performance.now();
      const result = await dispatch(channel, input);
      const ms = performance.now() - start;
      if (!(result as { ok?: boolean }).ok) throw new Error(`timeInCore: ${channel} failed`);
      return ms;
    },
    forgetKeychainEntry: async () => {
      const id = vault.vaultId();
      return id ? keyStore.delete(keychainAccount(id)) : false;
    },
    answerBackupPicker: (path) => {
      backupPick = path;
    },
    answerKeyFilePicker: (path) => {
      keyFilePick = path;
    },
    answerImportPicker: (path) => {
      importPick = path;
    },
    answerFolderPicker: (path) => {
      folderPick = path;
    },
    forgetRecoveryPin: () => {
      vault.db.prepare("DELETE FROM meta WHERE key = 'recoveryPin'").run();
    },
    seedCaseload: (count) => seedCaseload(vault.db, count),
    storeRulePeriod: (presetId, category, period) => {
      const row = vault.db
        .prepare('SELECT rules FROM retention_presets WHERE id = ?')
        .get<{ rules: string }>([presetId]);
      if (!row) throw new Error('no such preset');
      const rules = (JSON.parse(row.rules) as { category: string; period: string }[]).map((r) =>
        r.category === category ? { ...r, period } : r,
      );
      vault.db
        .prepare('UPDATE retention_presets SET rules = ? WHERE id = ?')
        .run([JSON.stringify(rules), presetId]);
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      vault.lock();
      const id = vault.vaultId();
      // Leave no key behind in the (private) keyring, nor a vault on disk.
      if (id) await keyStore.delete(keychainAccount(id)).catch(() => false);
      if (ownsDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  dispatch: Dispatch,
  token: string,
): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  if (path.startsWith(BRIDGE_PATH_PREFIX)) {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'method not allowed');
    if (!tokenMatches(req.headers[BRIDGE_TOKEN_HEADER], token)) {
      return send(res, 403, 'text/plain', 'forbidden');
    }
    const channel = decodeURIComponent(path.slice(BRIDGE_PATH_PREFIX.length));
    const body = await readBody(req);
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body) : {};
    } catch {
      return send(res, 400, 'text/plain', 'bad json');
    }
    // The same dispatch the preload uses: zod validation both ways, errors reduced to codes.
    return send(res, 200, 'application/json', JSON.stringify(await dispatch(channel, input)));
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'text/plain', 'method not allowed');
  }
  return serveStatic(res, path === '/' ? '/index.html' : path);
}

function serveStatic(res: ServerResponse, path: string): void {
  const file = resolve(RENDERER_DIR, '.' + decodeURIComponent(path));
  if (!file.startsWith(RENDERER_DIR + sep)) return send(res, 404, 'text/plain', 'not found');
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) return send(res, 404, 'text/plain', 'not found');
    bytes = readFileSync(file);
  } catch {
    return send(res, 404, 'text/plain', 'not found');
  }
  send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', bytes);
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': RENDERER_CSP,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

function tokenMatches(sent: string | string[] | undefined, token: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        fail(new Error('body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

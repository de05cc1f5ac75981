// Serves the built renderer over app://fortrolig/ from one folder, with the CSP on every response.
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './app-origin';

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Must run before the app is ready: a standard, secure scheme gets a real origin and storage. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Registers the app:// scheme's handler that serves the built renderer from `rootDir` (an
 * absolute folder) with the CSP on every response; see createAppRequestHandler.
 */
export function serveApp(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir));
}

/**
 * The app:// handler: a GET for app://fortrolig/<path> answers that file under `rootDir` with its
 * MIME type and the CSP; a path leaving the folder, another host or method answers 404/405. Never
 * throws; a missing file is a 404.
 */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = resolve(rootDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return refuse(404);
    const file = fileInside(root, url.pathname);
    if (!file) return refuse(404);
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return refuse(404);
    }
    const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: headers(type),
    });
  };
}

/** The file a URL path names, or null if it would leave the root (`..`, encoded or not). */
export function fileInside(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  // A backslash is a separator on Windows and a NUL truncates paths in native code.
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const wanted = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = resolve(root, wanted);
  const rel = relative(root, full);
  if (rel === '' || isAbsolute(rel) || rel.split(sep)[0] === '..') return null;
  return full;
}

function headers(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    // Nothing the app serves needs to sit in Chromium's cache.
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  };
}

function refuse(status: number): Response {
  return new Response(null, { status, headers: headers('text/plain; charset=utf-8') });
}

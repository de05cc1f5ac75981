// The app's own origin and content policy: the only place the window may load from.
export const APP_SCHEME = 'app';
export const APP_HOST = 'fortrolig';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** No inline or eval'd code, nothing remote, no framing of us: the renderer only runs its own bundle. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  // Documents (PDFs) are shown from in-memory blob: URLs, never from files on disk.
  'frame-src blob:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "connect-src 'self'",
].join('; ');

/**
 * True only for app://fortrolig/… URLs. Compared by parts, because Node's URL reports
 * origin "null" for schemes it does not know, so an origin string test would always fail.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

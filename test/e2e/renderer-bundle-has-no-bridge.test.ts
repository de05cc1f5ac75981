// Proves the production renderer bundle carries no test-bridge path and no sourcemaps.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRIDGE_PATH_PREFIX, BRIDGE_TOKEN_HEADER } from '../bridge/server';

const DIST = resolve(import.meta.dirname, '../../dist/renderer');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('production renderer bundle', () => {
  const all = files(DIST);
  const scripts = all.filter((file) => file.endsWith('.js'));

  it('was built', () => {
    expect(scripts.length).toBeGreaterThan(0);
  });

  it('scans every chunk index.html loads (the build splits the bundle)', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const loaded = [...html.matchAll(/(?:src|href)="\.\/([^"]+\.js)"/g)].map((m) =>
      join(DIST, m[1]!),
    );
    expect(loaded.length).toBeGreaterThan(1);
    for (const file of loaded) expect(scripts).toContain(file);
  });

  it('contains no bridge fetch path or token header', () => {
    for (const file of scripts) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain(BRIDGE_PATH_PREFIX);
      expect(text.toLowerCase(), file).not.toContain(BRIDGE_TOKEN_HEADER);
    }
  });

  it('ships no sourcemaps and keeps the CSP meta tag', () => {
    expect(all.filter((file) => file.endsWith('.map'))).toEqual([]);
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(html).toContain("default-src 'self'; script-src 'self'; style-src 'self'");
  });
});

// Builds the renderer into dist/renderer with relative paths, so Electron can load it from the app bundle.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Resolved from this file rather than the working directory, without pulling Node types into
// the renderer's typecheck; the drive-letter fix keeps it right on Windows.
const fromHere = (path: string): string =>
  decodeURIComponent(new URL(path, import.meta.url).pathname).replace(/^\/([A-Za-z]:)/, '$1');

export default defineConfig(({ mode }) => ({
  root: fromHere('.'),
  base: './',
  plugins: [react()],
  // The one way into main/ (the contract and the pure rules the lint allowlist names): the same
  // alias as tsconfig.base.json's paths and vitest.config.ts.
  resolve: { alias: [{ find: /^@core\//, replacement: fromHere('../main/') }] },
  build: {
    outDir: fromHere('../dist/renderer'),
    emptyOutDir: true,
    // Sourcemaps would ship the full source next to the app; only development builds get them.
    sourcemap: mode !== 'production',
    target: 'es2023',
    // One chunk per large library, so no single file passes Vite's 500 kB warning and a library
    // update leaves the app's chunk alone. All load at start (no lazy screens): the window is
    // offline and local, and the CSP allows only 'self' scripts, which these are.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
}));

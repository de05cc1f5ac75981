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
  build: {
    outDir: fromHere('../dist/renderer'),
    emptyOutDir: true,
    // Sourcemaps would ship the full source next to the app; only development builds get them.
    sourcemap: mode !== 'production',
    target: 'es2023',
  },
}));

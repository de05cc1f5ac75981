// Test layers: unit (pure), integration (real SQLCipher, real keychain, child processes), e2e (real Chromium).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import renderer modules (i18n, lib), which reach main/ through the renderer's alias
// (tsconfig.base.json paths, renderer/vite.config.ts); inline projects do not inherit it.
const resolve = {
  alias: [{ find: /^@core\//, replacement: fileURLToPath(new URL('./main/', import.meta.url)) }],
};

export default defineConfig({
  test: {
    projects: [
      { resolve, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 20_000 } },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

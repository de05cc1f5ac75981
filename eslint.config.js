// Lint rules, including the runtime boundaries: only main/electron/ may touch Electron,
// and the IPC contract stays importable from the renderer (no electron, no node:*).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'test-results/', 'release/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only main/electron/ may import electron.' }],
        },
      ],
    },
  },
  {
    files: ['main/electron/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['main/ipc/contract.ts', 'main/ipc/schemas/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The contract is shared with the renderer.' }],
          patterns: [{ group: nodeBuiltins, message: 'The contract is shared with the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks only to window.vault.' }],
          patterns: [
            { group: nodeBuiltins, message: 'The renderer runs sandboxed, without Node.' },
            {
              // One way into main/: the @core/ alias (tsconfig.base.json paths), so a file's
              // imports read the same wherever it sits and the allowlist below sees every one.
              group: ['../**/main/**', '**/../main/**'],
              message: 'Import from main/ through @core/… (e.g. @core/ipc/contract).',
            },
            {
              // The national-ID validator is pure and browser-safe, so the form can check as you type;
              // text.ts and local-time.ts are too, so the window and the core share one rule.
              // The full allowlist is dependency-cruiser's (.dependency-cruiser.cjs).
              group: [
                '@core/vault/**',
                '@core/host/**',
                '@core/cli/**',
                '@core/domain/**',
                '!@core/domain/vocabulary',
                '!@core/domain/national-ids',
                '!@core/domain/national-id-types',
                '!@core/domain/cpr',
                '!@core/domain/norwegian-id',
                '!@core/domain/text',
                '!@core/domain/local-time',
                '@core/electron/**',
              ],
              message:
                'The renderer may import only main/ipc/contract and the pure national-ID, text and local-time functions.',
            },
          ],
        },
      ],
    },
  },
);

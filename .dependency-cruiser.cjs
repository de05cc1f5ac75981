// Layer rules as an allowlist, checked by `npm run lint` (dependency-cruiser): what may import
// what across the runtime boundaries, and no import cycles. Type-only imports count: a cycle
// through types is still a tangle for the next reader. See docs in README (Layout).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Modules that import each other (directly or through others) cannot be read or tested one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'electron-only-in-shell',
      severity: 'error',
      comment:
        'Only main/electron/ may import electron: everything else runs in plain Node and is tested there.',
      from: { pathNot: '^main/electron/' },
      to: { path: '^node_modules/electron/' },
    },
    {
      name: 'renderer-reaches-main-only-through-the-contract',
      severity: 'error',
      comment:
        'The renderer talks to the core only through window.vault. From main/ it may import the IPC contract and its schemas, and the pure, browser-safe rules and word lists the window must apply exactly as the core does (this list: adding to it is a deliberate act).',
      from: { path: '^renderer/' },
      to: {
        path: '^main/',
        pathNot: [
          '^main/ipc/(contract|passphrase-strength)[.]ts$',
          '^main/ipc/schemas/',
          '^main/domain/(vocabulary|national-ids|national-id-types|cpr|norwegian-id|text|local-time|participant-tasks|brands)[.]ts$',
          '^main/retention/(policies|policy-schema|preset-labels|category-labels|certificate-text|certificate-body)[.]ts$',
          '^main/requests/(vocabulary|deadline)[.]ts$',
          '^main/import/(columns|values)[.]ts$',
        ],
      },
    },
    {
      name: 'renderer-never-reaches-node-or-the-vault',
      severity: 'error',
      comment:
        'Whatever the renderer imports, directly or through others, never reaches the vault, the host, the Electron shell or the CLI (the driver interface main/vault/database.ts is types only): the page runs sandboxed, without Node.',
      from: { path: '^(renderer/|main/ipc/(contract[.]ts|schemas/))' },
      // main/vault/database.ts is the driver's interface: types only, erased at build time.
      to: {
        path: '^(main/(vault|host|electron|cli)/|node_modules/electron/)',
        pathNot: '^main/vault/database[.]ts$',
        reachable: true,
      },
    },
    {
      name: 'renderer-imports-resolve',
      severity: 'error',
      comment:
        'The renderer reaches main/ through the @core/ alias (tsconfig.base.json paths); an import that does not resolve, such as a mistyped alias, would pass the rules above unseen.',
      from: { path: '^renderer/' },
      to: { couldNotResolve: true },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      comment: 'The renderer and the contract run without Node: no node:* modules.',
      from: { path: '^(renderer/src/|main/ipc/(contract[.]ts|schemas/))' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-never-imports-renderer-or-tests',
      severity: 'error',
      from: { path: '^main/' },
      to: { path: '^(renderer|test)/' },
    },
    {
      name: 'vault-is-the-bottom-layer',
      severity: 'error',
      comment:
        'main/vault/ (keys, files, SQLCipher) knows nothing of the caseload, retention, requests, import or IPC above it. Migrations may read word lists (the CHECK lists are derived from them); the vault may use the host helpers that talk to the OS (heap scrubbing, the Secret Service); the passphrase rule uses the one strength estimator the window shows.',
      from: { path: '^main/vault/' },
      to: {
        path: '^main/(domain|retention|requests|import|ipc|host|cli|electron)/',
        pathNot: [
          '^main/host/(heap-scrub|secret-service)[.]ts$',
          '^main/ipc/passphrase-strength[.]ts$',
          '^main/requests/vocabulary[.]ts$',
          '^main/domain/text[.]ts$',
          '^main/domain/profile-vocabulary[.]ts$',
        ],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|test-results)/' },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

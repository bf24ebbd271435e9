/**
 * Three tiers, each runnable alone (`npm run test:unit`, `test:subgraph`, `test:stack`); `npm test`
 * runs them all with coverage. CONTRIBUTING.md ("Tests") says which tier a test belongs to.
 */
const shared = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { diagnostics: false, tsconfig: { module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '6.0' } },
    ],
    // ESM-only packages the code loads with require() (Node >= 20.19 does that; jest cannot): compiled to CommonJS.
    '/node_modules/(request-filtering-agent|@octokit/webhooks-methods)/.+\\.js$': [
      'ts-jest',
      { diagnostics: false, tsconfig: { allowJs: true, module: 'commonjs', ignoreDeprecations: '6.0' } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!request-filtering-agent/|@octokit/webhooks-methods/)'],
  // Its exports offer `import` only; the code loads it with import(), which jest turns into require().
  moduleNameMapper: {
    '^@octokit/webhooks-methods$': '<rootDir>/node_modules/@octokit/webhooks-methods/dist-node/index.js',
  },
};
// Tests under tests/ that start nothing: the SDL and docs checks stay where the READMEs name them.
const unitTestsUnderTests = [
  'tests/unit/**',
  'tests/schema/**',
  'tests/architecture/**',
  'tests/docs/error-codes.test.ts',
  'tests/docs/subgraph-readmes.test.ts',
  'tests/docs/coming-from.test.ts',
];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...shared,
      // Beside the code, and the tests above: no PostgreSQL, no Redis, no services (so no global setup).
      displayName: 'unit',
      roots: ['<rootDir>/lib', '<rootDir>/subgraphs', '<rootDir>/router', '<rootDir>/scripts', '<rootDir>/tests'],
      testMatch: [
        '<rootDir>/{lib,subgraphs,router,scripts}/**/*.test.ts',
        ...unitTestsUnderTests.map((glob) => `<rootDir>/${glob.endsWith('**') ? `${glob}/*.test.ts` : glob}`),
      ],
    },
    {
      ...shared,
      // One subgraph in process against a cloned database, the caller's identity injected.
      displayName: 'subgraph',
      roots: ['<rootDir>/tests/subgraph'],
      testMatch: ['**/*.test.ts'],
      globalSetup: '<rootDir>/tests/testkit/global-setup-database.ts',
      globalTeardown: '<rootDir>/tests/testkit/global-teardown.ts',
    },
    {
      ...shared,
      // The whole stack (router, subgraphs, Redis, child processes), and what crosses services.
      displayName: 'stack',
      roots: ['<rootDir>/tests'],
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: [
        '/node_modules/',
        '<rootDir>/tests/subgraph/',
        ...unitTestsUnderTests.map((glob) => `<rootDir>/${glob.replace(/\*\*$/, '')}`),
      ],
      globalSetup: '<rootDir>/tests/testkit/global-setup.ts',
      globalTeardown: '<rootDir>/tests/testkit/global-teardown.ts',
    },
  ],
  testTimeout: 30000,
  maxWorkers: 2,
  collectCoverageFrom: [
    'lib/**/*.ts',
    'subgraphs/**/*.ts',
    'router/**/*.ts',
    '!**/generated/**',
    '!router/main.ts',
    // The body of `npm run start:subgraph`: it runs in child processes (tests/start), out of coverage's sight.
    '!lib/server/subgraph-main.ts',
    '!**/*.d.ts',
    '!lib/db/schema-engine.ts',
    '!lib/db/embedded-postgres.ts',
  ],
  coverageReporters: ['text-summary', 'text', 'lcov'],
  coverageThreshold: { global: { lines: 80 } },
};

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { diagnostics: false, tsconfig: { module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '6.0' } },
    ],
  },
  roots: ['<rootDir>/tests', '<rootDir>/lib', '<rootDir>/subgraphs', '<rootDir>/router', '<rootDir>/scripts'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/tests/testkit/global-setup.ts',
  globalTeardown: '<rootDir>/tests/testkit/global-teardown.ts',
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

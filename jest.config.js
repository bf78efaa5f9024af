// @ts-check
const path = require('node:path');
const ts = require('typescript');
const { pathsToModuleNameMapper } = require('ts-jest');

// The @app/* aliases come from tsconfig.json, so a new library needs no change here.
const { config: tsconfig } = ts.readConfigFile(
  path.join(__dirname, 'tsconfig.json'),
  ts.sys.readFile,
);
const moduleNameMapper = pathsToModuleNameMapper(tsconfig.compilerOptions.paths, {
  prefix: '<rootDir>/',
});

// Transpile only: type errors are `npm run typecheck`'s job, and per-file type checking
// would make every run several times slower.
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: true } }] };

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform,
  moduleNameMapper,
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.local/'],
  // Decorators (class-validator, TypeORM) need the metadata polyfill, as main.ts loads it.
  setupFiles: ['reflect-metadata'],
};

/** @type {import('jest').Config} */
module.exports = {
  // Jest 29 reads testTimeout only at the top level; integration tests need the long one
  // (apps start, Kafka consumer groups rebalance).
  testTimeout: 60_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/test/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
      // Starts Kafka and PostgreSQL once per run (only when an integration test is selected).
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
    },
  ],
};

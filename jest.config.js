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
    // ES-module-only packages are loaded with import() (load-esm does so for NestJS), which must stay import().
    module: { type: 'commonjs', ignoreDynamic: true },
  },
];

const withoutKurrentDb = process.env.KURRENTDB_URL ? [] : ['kurrentdb\\.contract\\.spec\\.ts$'];

module.exports = {
  globalSetup: '<rootDir>/test/jest/global-setup.ts',
  globalTeardown: '<rootDir>/test/jest/global-teardown.ts',
  testEnvironment: 'node',
  // NestJS 12 ships ES modules, which Jest's VM cannot require() on Node 20 unless it transforms them too.
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|file-type|strtok3|token-types|peek-readable|@tokenizer|uint8array-extras|@borewit|load-esm|@as-integrations|jose)/)',
  ],
  // Apps first: `@samsyn/app-journey` is apps/journey/src, any other `@samsyn/x` is libs/x/src (as in tsconfig.json).
  moduleNameMapper: {
    '^@samsyn/app-([a-z-]+)$': '<rootDir>/apps/$1/src',
    '^@samsyn/([a-z-]+)$': '<rootDir>/libs/$1/src',
  },
  testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...withoutKurrentDb],
  testTimeout: 120_000,
};

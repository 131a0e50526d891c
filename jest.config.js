/**
 * Two kinds of tests, told apart by file name:
 * - `*.spec.ts`, unit: pure code, no database, no server, no child process (`npm run test:unit`).
 * - `*.int.spec.ts`, integration: a real PostgreSQL (the global set-up starts an embedded one unless
 *   `DATABASE_URL` is set), PGlite, servers and processes (`npm run test:integration`).
 * `npm test` runs both; the global set-up runs only when an integration test is in the run. `SAMSYN_TEST_KIND`
 * (unit or integration) keeps one kind: unlike `--selectProjects`, it leaves the command line to paths.
 * @type {import('jest').Config}
 */
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

const withoutKurrentDb = process.env.KURRENTDB_URL ? [] : ['kurrentdb\\.contract\\.int\\.spec\\.ts$'];

const shared = {
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
};

const projects = [
  {
    ...shared,
    displayName: 'unit',
    testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'],
    testPathIgnorePatterns: ['/node_modules/', '\\.int\\.spec\\.ts$'],
  },
  {
    ...shared,
    displayName: 'integration',
    globalSetup: '<rootDir>/test/jest/global-setup.ts',
    globalTeardown: '<rootDir>/test/jest/global-teardown.ts',
    testMatch: ['<rootDir>/{apps,libs,test}/**/*.int.spec.ts'],
    testPathIgnorePatterns: ['/node_modules/', ...withoutKurrentDb],
  },
];

const kind = process.env.SAMSYN_TEST_KIND;
if (kind && !projects.some((project) => project.displayName === kind)) {
  throw new Error(`SAMSYN_TEST_KIND must be unit or integration, got '${kind}'`);
}

module.exports = {
  testTimeout: 120_000,
  projects: kind ? projects.filter((project) => project.displayName === kind) : projects,
};

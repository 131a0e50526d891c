/**
 * `npm run test:unit`: the tests that need no database (pure code, files, in-process servers of none),
 * run without the global set-up's PostgreSQL. `npm test` runs them too: jest.config.js matches every spec.
 * A test listed here that needs the tests' PostgreSQL fails with "SAMSYN_TEST_ADMIN_URL is not set".
 * Left to `npm test`, though they need no database: the demo data set's checks that generate all
 * 2,458 journeys again and again (generate-demo-journeys, demo-population-on-today,
 * demo-journeys-proportions), 3½ minutes of the 4½ these files took together.
 */
const { globalSetup, globalTeardown, ...shared } = require('./jest.config');

const UNIT_TESTS = [
  'libs/{auth,domain,reporting,subgraph}/test/**/*.spec.ts',
  'libs/demo-data/test/{orebro-county-table,seeded-random}.spec.ts',
  'libs/event-store/test/{catch-up-subscription,position}.spec.ts',
  'libs/personal-data/test/{master-key,personal-field-cipher}.spec.ts',
  'libs/projections/test/{event-batches,projection-schema}.spec.ts',
  'libs/read-models/test/legal-gender.spec.ts',
  'apps/gateway/test/{persisted-documents-file,security-options-from-env}.spec.ts',
  'apps/samsyn/test/demo-data-line.spec.ts',
];

module.exports = { ...shared, testMatch: UNIT_TESTS.map((glob) => `<rootDir>/${glob}`) };

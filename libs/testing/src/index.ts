export * from './free-port';
export * from './embedded-postgres-server';
export * from './test-database';
export * from './graphql-request';
export * from './settable-clock';
export * from './headless-chromium';

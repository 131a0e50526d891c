export * from './free-port';
export * from './embedded-postgres-server';
export * from './test-database';

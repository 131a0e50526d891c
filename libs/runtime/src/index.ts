export * from './store-config';
export * from './open-sql-client';
export * from './master-key-config';
export * from './clock';
export * from './samsyn-resources';

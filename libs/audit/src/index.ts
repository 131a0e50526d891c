export * from './audit-table';
export * from './audit-trail';

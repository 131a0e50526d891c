export * from './master-key';
export * from './personal-field-cipher';
export * from './journey-key-store';
export * from './personnummer-index-key';
export * from './sql-wrapped-key-table';

export * from './journey-stream-id';
export * from './personal-data-codec';
export * from './person-index';
export * from './journey-command-service';
export * from './journey-history';
export * from './journey-import';
export * from './journey-erasure';
export * from './decoding';

export * from './journey-state';
export * from './evolve';

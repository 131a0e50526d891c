export * from './county/orebro-county-table';
export type { DemoPerson } from './people/demo-people';
export { personnummerOf, SYNTHETIC_BIRTH_NUMBERS } from './people/synthetic-personnummer';
export { SeededRandom } from './random/seeded-random';
export * from './generate-demo-journeys';
export * from './load-demo-data';

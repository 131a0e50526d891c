export * from './county/orebro-county-table';
export type { DemoPerson } from './people/demo-people';
export { personnummerOf, SYNTHETIC_BIRTH_NUMBERS } from './people/synthetic-personnummer';
export { SeededRandom } from './random/seeded-random';
export { DEMO_COURSES, type DemoCourse } from './story/demo-course';
export { EXTRA_PEOPLE } from './story/proportions';
export * from './generate-demo-journeys';
export * from './load-demo-data';

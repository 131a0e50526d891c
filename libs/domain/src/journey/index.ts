export * from './vocabulary';
export * from './events';
export * from './commands';
export * from './state';
export * from './decide';
export { categoryOf } from './data-category';
export { PERSONAL_FIELDS, type PersonalFieldPaths } from './personal-fields';

export * from './domain-error';
export * from './calendar/calendar-date';
export * from './value-objects/personnummer';
export * from './value-objects/kommunkod';
export * from './value-objects/regionkod';
export * from './value-objects/grade';
export * from './value-objects/decision-period';
export * from './value-objects/organisation';

export const EVENT_STORE = Symbol('EVENT_STORE');
export const SQL_CLIENT = Symbol('SQL_CLIENT');
export const CLOCK = Symbol('CLOCK');
export const DEVELOPMENT_MODE = Symbol('DEVELOPMENT_MODE');
export const PROJECTIONS = Symbol('PROJECTIONS');
export const AUDIT_TRAIL = Symbol('AUDIT_TRAIL');

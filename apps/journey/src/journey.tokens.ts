export const EVENT_STORE = Symbol('EVENT_STORE');
export const DEVELOPMENT_MODE = Symbol('DEVELOPMENT_MODE');
export const CLOCK = Symbol('CLOCK');

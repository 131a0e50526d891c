import type { IsoTimestamp } from '@samsyn/domain';

/** The one place time is read; the domain gets `now` from here through command metadata. */
export interface Clock {
  now(): IsoTimestamp;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };

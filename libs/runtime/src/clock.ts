import { swedishDate, type IsoDate, type IsoTimestamp } from '@samsyn/domain';

/** The one place time is read; the domain gets `now` from here through command metadata. */
export interface Clock {
  now(): IsoTimestamp;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };

/** Today by this clock, in Sweden (Europe/Stockholm): the one place a date is taken from a clock. */
export function today(clock: Clock): IsoDate {
  return swedishDate(clock.now());
}

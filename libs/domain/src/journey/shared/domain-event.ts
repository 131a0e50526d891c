import type { IsoDate } from '../../calendar/calendar-date';

/** A past fact about the journey: a `type` and a plain, JSON-safe `data` payload. */
export interface DomainEvent<Type extends string, Data extends object> {
  readonly type: Type;
  readonly data: Readonly<Data>;
}

/** An organisation in its canonical form: `FK`, `AF`, `KOMMUN:1880`, `PROVIDER:activa`, … */
export type OrganisationRef = string;

/** A moment written as an ISO 8601 timestamp with a zone, e.g. `2023-05-10T09:00:00+02:00`. */
export type IsoTimestamp = string;

export type { IsoDate };

/**
 * A personal field as a recorded event holds it: sealed with the journey's data key, it reads as null once the
 * person's data is erased. A command's input is never erased, so its fields are plain.
 */
export type Erasable<T> = T | null;

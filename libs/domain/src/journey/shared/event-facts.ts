import type { DataCategory } from '../vocabulary';
import type { OrganisationRef } from './domain-event';

/** A line a person or a caseworker reads without knowing the event names. */
export interface TimelineLabel {
  readonly sv: string;
  readonly en: string;
}

/** Whom the journey's meetings and insatser involve: an ActiveJourney is one. */
export interface ParticipantLookup {
  readonly meetings: Readonly<
    Record<string, { readonly organiser: OrganisationRef; readonly participants: readonly OrganisationRef[] }>
  >;
  readonly insatser: Readonly<
    Record<string, { readonly provider: OrganisationRef; readonly orderedBy: OrganisationRef }>
  >;
}

/** The fields of the data typed as possibly erased (`Erasable`, or optional and nullable). */
type ErasableKey<Data> = { [Key in keyof Data & string]: null extends Data[Key] ? Key : never }[keyof Data & string];

/**
 * A personal field: one the data types as erasable, or one level inside an object field (`from.phone`). A field
 * typed as never null cannot be named, so every reader of a personal field is made to handle its erasure.
 */
export type PersonalFieldPath<Data> =
  | ErasableKey<Data>
  | {
      [Key in keyof Data & string]: Data[Key] extends readonly unknown[] | null | undefined
        ? never
        : Data[Key] extends object
          ? `${Key}.${ErasableKey<Data[Key]>}`
          : never;
    }[keyof Data & string];

interface AnyEvent {
  readonly type: string;
  readonly data: object;
}

/** Everything the rest of Samsyn needs to know of one event type, beside its shape. */
export interface EventFacts<Event extends AnyEvent> {
  /** What it tells about the person; access and consent are granted per category. */
  readonly category: DataCategory | ((event: Event) => DataCategory);
  /** Its personal data (personnummer, names, phone numbers, free text): sealed with the journey's key. */
  readonly personalFields: readonly PersonalFieldPath<Event['data']>[];
  /** The organisations it draws in besides its author; `lookup` holds the meetings and insatser it refers to. */
  readonly drawsIn: (event: Event, lookup: ParticipantLookup) => readonly OrganisationRef[];
  readonly timeline: TimelineLabel;
}

/** One row per event type of a topic: a missing or an extra type does not compile. */
export type EventFactsTable<Event extends AnyEvent> = {
  readonly [Type in Event['type']]: EventFacts<Extract<Event, { type: Type }>>;
};

/** For the events that draw in no organisation besides their author. */
export const NO_ONE = (): readonly OrganisationRef[] => [];

/** FK runs the lotsning after an avslag: it takes part in every step of it, whoever records the step. */
export const LOTSNING_OWNER: OrganisationRef = 'FK';

/** Care given by a region's healthcare tells about health, whatever event carries it. */
export function healthWhenRegion(organisation: OrganisationRef, otherwise: DataCategory): DataCategory {
  return organisation.startsWith('REGION:') ? 'health' : otherwise;
}

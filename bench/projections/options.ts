import { DEMO_TODAY } from './demo-journeys';

export type ProjectionsBackendId = 'postgresql' | 'pglite';

/** What one run of the projections section does; every count is fixed before anything is measured. */
export interface ProjectionsOptions {
  /** Demo seeds the journeys are drawn from, in order (a person drawn twice is written once). */
  readonly seeds: readonly number[];
  /** Journeys are written until the store holds about this many events. */
  readonly events: number;
  readonly today: string;
  readonly backends: readonly ProjectionsBackendId[];
  /** Measured rebuilds of every projection; each is preceded and the last is followed by a raw round. */
  readonly rebuildRounds: number;
  /** Full passes over the events in each raw round. */
  readonly rawPassesPerRound: number;
  /** Rows per page of the raw read: the subscription's page size, which the rebuild reads with. */
  readonly rawPageSize: number;
}

export function projectionsOptions(quick: boolean): ProjectionsOptions {
  const common = { seeds: [2023, 2024], today: DEMO_TODAY, rawPageSize: 500 } as const;
  return quick
    ? { ...common, events: 12_000, backends: ['postgresql'], rebuildRounds: 1, rawPassesPerRound: 5 }
    : { ...common, events: 25_000, backends: ['postgresql', 'pglite'], rebuildRounds: 2, rawPassesPerRound: 3 };
}

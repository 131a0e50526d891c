/** What one run of the growth section does; every count is fixed before anything is measured. */
export interface GrowthOptions {
  /** Events in the store at each measurement, smallest first: the real journeys make the first, copies the rest. */
  readonly sizes: readonly number[];
  /** The journeys asked for, the same at every size, taken in turn. */
  readonly journeysOfInterest: number;
  /** Unmeasured requests at each size before the samples. */
  readonly warmUp: number;
  /** Timed requests at each size (and as many timed stream reads). */
  readonly samples: number;
}

export function growthOptions(quick: boolean): GrowthOptions {
  const sizes = [10_000, 100_000, 1_000_000];
  return quick
    ? { sizes, journeysOfInterest: 20, warmUp: 10, samples: 200 }
    : { sizes, journeysOfInterest: 20, warmUp: 100, samples: 1_000 };
}

/** What one measured phase recorded: every operation's latency and the events it moved. */
export interface Sample {
  readonly events: number;
  readonly seconds: number;
  readonly latenciesMs: readonly number[];
}

/** The figures reported for one phase. */
export interface Figures {
  readonly events: number;
  readonly operations: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/** Several rounds of one side as one sample: events and time add up, latencies pool. */
export function mergeSamples(samples: readonly Sample[]): Sample {
  return {
    events: samples.reduce((sum, sample) => sum + sample.events, 0),
    seconds: samples.reduce((sum, sample) => sum + sample.seconds, 0),
    latenciesMs: samples.flatMap((sample) => sample.latenciesMs),
  };
}

/** Nearest-rank percentile (p in 0..100) of an ascending array; NaN when it is empty. */
export function percentile(ascending: readonly number[], p: number): number {
  if (ascending.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * ascending.length);
  return ascending[Math.min(ascending.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarise(sample: Sample): Figures {
  const ascending = [...sample.latenciesMs].sort((a, b) => a - b);
  return {
    events: sample.events,
    operations: ascending.length,
    seconds: sample.seconds,
    eventsPerSecond: sample.seconds > 0 ? sample.events / sample.seconds : Number.NaN,
    p50Ms: percentile(ascending, 50),
    p99Ms: percentile(ascending, 99),
  };
}

/** Store throughput over raw throughput: 1 is parity, 0.5 means the store moves half as many events per second. */
export function throughputRatio(store: Figures, raw: Figures): number {
  return raw.eventsPerSecond > 0 ? store.eventsPerSecond / raw.eventsPerSecond : Number.NaN;
}

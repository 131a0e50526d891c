export interface Latency {
  readonly samples: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
}

/** Nearest-rank percentiles: p99 of 200 samples is the second slowest. */
export function summarise(latenciesMs: readonly number[]): Latency {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const rank = (p: number): number => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
  const mean = sorted.reduce((total, value) => total + value, 0) / Math.max(sorted.length, 1);
  return { samples: sorted.length, p50Ms: rank(50), p99Ms: rank(99), meanMs: mean };
}

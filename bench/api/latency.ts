/** The p-th percentile (0–100) of `values` by nearest rank; null for none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? null;
}

export interface LatencySummary {
  count: number;
  p50Ms: number | null;
  p99Ms: number | null;
  meanMs: number | null;
  /** Operations per second one after another: 1000 / mean. */
  perSecond: number | null;
}

export function summarise(durationsMs: readonly number[]): LatencySummary {
  const count = durationsMs.length;
  const meanMs = count === 0 ? null : durationsMs.reduce((sum, value) => sum + value, 0) / count;
  return {
    count,
    p50Ms: percentile(durationsMs, 50),
    p99Ms: percentile(durationsMs, 99),
    meanMs,
    perSecond: meanMs === null || meanMs === 0 ? null : 1000 / meanMs,
  };
}

/** Rounds to `digits` significant-looking decimals for the report. */
export function round(value: number | null, digits = 2): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

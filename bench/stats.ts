/** The bench's statistics: nearest-rank percentiles, latency summaries, ratios, rounding, trends. */
import type { BenchRow, Measure } from './harness';

/** The p-th percentile (0–100) of `values` by nearest rank (p99 of 200 samples is the second slowest); null for none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1] ?? null;
}

export type Latency = ReturnType<typeof summarise>;

export function summarise(latenciesMs: readonly number[]) {
  const samples = latenciesMs.length;
  return {
    samples,
    p50Ms: percentile(latenciesMs, 50),
    p99Ms: percentile(latenciesMs, 99),
    meanMs: samples === 0 ? null : latenciesMs.reduce((sum, value) => sum + value, 0) / samples,
  };
}

export function latencyDetail({ samples, p50Ms, p99Ms, meanMs }: Latency): Record<string, number | null> {
  return { samples, p50Ms: round(p50Ms), p99Ms: round(p99Ms), meanMs: round(meanMs) };
}

/** Latencies (or their summary) as a row's measure: the value at a percentile, the summary as detail if any. */
export function latencyMeasure(label: string, ms: readonly number[] | Latency, p: 'p50' | 'p99'): Measure {
  const latency = 'samples' in ms ? ms : summarise(ms);
  const measure = { label, value: round(latency[`${p}Ms`]), unit: 'ms' };
  return latency.samples === 0 ? measure : { ...measure, detail: latencyDetail(latency) };
}

/** A goal in milliseconds, which the harness's ratio goals cannot hold: said in the row's note. */
export const goalInMs = (what: string, measure: Measure, limitMs: number) =>
  `goal: ${what} ≤ ${limitMs} ms, ${measure.value !== null && measure.value <= limitMs ? 'met' : 'missed'} (in the note, as the harness's goals are ratios)`;

/** A line of the report: `subject` against `baseline` from the same run, with their ratio; `more`: a goal, a note. */
export function versus(id: string, subject: Measure, baseline: Measure, more: Pick<BenchRow, 'goal' | 'note'> = {}) {
  return { id, subject, baseline, ratio: round(ratio(subject.value, baseline.value)), ...more } satisfies BenchRow;
}

export function ratio(subject: number | null | undefined, baseline: number | null | undefined): number | null {
  if (subject === null || subject === undefined || !baseline || !Number.isFinite(subject / baseline)) return null;
  return subject / baseline;
}

export function perSecond(count: number, seconds: number): number | null {
  return seconds > 0 ? count / seconds : null;
}

export function round(value: number | null | undefined, digits = 3): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export type Timed = { readonly atSeconds: number; readonly value: number };

export function percentileBetween(samples: readonly Timed[], from: number, to: number, p: number): number | null {
  const between = samples.filter(({ atSeconds }) => atSeconds >= from && atSeconds < to);
  const values = between.map(({ value }) => value);
  return percentile(values, p);
}

/** The p-th percentile in each window of `windowSeconds` over [0, totalSeconds), as points at each window's end. */
export function percentilePerWindow(samples: readonly Timed[], totalSeconds: number, windowSeconds: number, p: number) {
  const windows = Math.ceil(totalSeconds / windowSeconds);
  return Array.from({ length: windows }, (_, index) => {
    const [from, end] = [index * windowSeconds, Math.min((index + 1) * windowSeconds, totalSeconds)];
    const y = percentileBetween(samples, from, index === windows - 1 ? Infinity : end, p);
    return { x: round(end, 1) ?? 0, y: round(y, 2) };
  });
}

/** Least-squares slope of value over time, per minute; null for fewer than two samples. */
export function slopePerMinute(samples: readonly Timed[]): number | null {
  if (samples.length < 2) return null;
  const meanX = samples.reduce((sum, { atSeconds }) => sum + atSeconds, 0) / samples.length;
  const meanY = samples.reduce((sum, { value }) => sum + value, 0) / samples.length;
  let numerator = 0;
  let denominator = 0;
  for (const { atSeconds, value } of samples) {
    numerator += (atSeconds - meanX) * (value - meanY);
    denominator += (atSeconds - meanX) ** 2;
  }
  return denominator === 0 ? null : (numerator / denominator) * 60;
}

import { percentile } from './latency';

/** Splits [0, totalSeconds) into windows of `windowSeconds`; the last may be shorter. */
export function windowEnds(totalSeconds: number, windowSeconds: number): number[] {
  const ends: number[] = [];
  for (let end = windowSeconds; end < totalSeconds + windowSeconds; end += windowSeconds)
    ends.push(Math.min(end, totalSeconds));
  return [...new Set(ends)];
}

/** The p-th percentile (0: the least) of the values in each window, as points at each window's end. */
export function percentilePerWindow(
  samples: readonly { atSeconds: number; value: number }[],
  ends: readonly number[],
  p: number,
): { x: number; y: number | null }[] {
  return ends.map((end, index) => {
    const start = index === 0 ? 0 : ends[index - 1]!;
    const last = index === ends.length - 1;
    const values = samples
      .filter((sample) => sample.atSeconds >= start && (sample.atSeconds < end || last))
      .map((sample) => sample.value);
    const y = values.length === 0 ? null : p === 0 ? Math.min(...values) : percentile(values, p);
    return { x: round1(end), y: y === null ? null : Math.round(y * 100) / 100 };
  });
}

/** The p-th percentile of the values between two moments. */
export function percentileBetween(
  samples: readonly { atSeconds: number; value: number }[],
  from: number,
  to: number,
  p: number,
): number | null {
  return percentile(
    samples.filter((sample) => sample.atSeconds >= from && sample.atSeconds < to).map((sample) => sample.value),
    p,
  );
}

/** Least-squares slope of value over time, per minute; null for fewer than two samples. */
export function slopePerMinute(samples: readonly { atSeconds: number; value: number }[]): number | null {
  if (samples.length < 2) return null;
  const n = samples.length;
  const meanX = samples.reduce((sum, sample) => sum + sample.atSeconds, 0) / n;
  const meanY = samples.reduce((sum, sample) => sum + sample.value, 0) / n;
  let numerator = 0;
  let denominator = 0;
  for (const sample of samples) {
    numerator += (sample.atSeconds - meanX) * (sample.value - meanY);
    denominator += (sample.atSeconds - meanX) ** 2;
  }
  return denominator === 0 ? null : (numerator / denominator) * 60;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

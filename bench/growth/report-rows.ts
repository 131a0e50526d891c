import { ratioOf, type BenchRow, type SectionResult } from '../section';
import type { Latency } from './latency';
import type { SizeFigures } from './measure-sizes';

/** The goal: the timeline at the largest size at most 1.5 times as slow as at the smallest. */
const GOAL = { comparison: 'at most', ratio: 1.5 } as const;

type Percentile = 'p50' | 'p99';

/**
 * For each percentile: the timeline at every larger size against the smallest (the goal on the largest),
 * then the same for the stream read alone, which tells the store's share.
 */
export function growthRows(sizes: readonly SizeFigures[]): BenchRow[] {
  const [smallest, ...larger] = sizes;
  if (!smallest) return [];
  const largest = larger.at(-1);
  const rows: BenchRow[] = [];
  for (const percentile of ['p50', 'p99'] as const) {
    for (const size of larger) {
      rows.push(row('timeline', 'timeline query', percentile, size, smallest, size === largest ? GOAL : undefined));
    }
  }
  for (const percentile of ['p50', 'p99'] as const) {
    if (largest)
      rows.push(
        row('stream-read', 'stream read (readJourneyHistory)', percentile, largest, smallest, undefined, largest.plan),
      );
  }
  return rows;
}

export function growthSeries(sizes: readonly SizeFigures[]): NonNullable<SectionResult['series']> {
  return (['p50', 'p99'] as const).map((percentile) => ({
    label: `timeline ${percentile}`,
    unit: 'ms',
    points: sizes.map((size) => ({ x: size.events, y: round(valueOf(size.timeline, percentile)) })),
  }));
}

function row(
  kind: 'timeline' | 'stream-read',
  what: string,
  percentile: Percentile,
  size: SizeFigures,
  smallest: SizeFigures,
  goal: BenchRow['goal'],
  plan?: string,
): BenchRow {
  const latency = (figures: SizeFigures): Latency => (kind === 'timeline' ? figures.timeline : figures.streamRead);
  const subject = round(valueOf(latency(size), percentile));
  const baseline = round(valueOf(latency(smallest), percentile));
  return {
    id: `growth.${kind}.${percentile}.${sizeLabel(size.events)}`,
    subject: {
      label: `${what} ${percentile}, ${size.events} events`,
      value: subject,
      unit: 'ms',
      detail: detailOf(latency(size)),
    },
    baseline: {
      label: `${what} ${percentile}, ${smallest.events} events`,
      value: baseline,
      unit: 'ms',
      detail: detailOf(latency(smallest)),
    },
    ratio: ratioOf(subject, baseline),
    ...(goal ? { goal } : {}),
    ...(plan
      ? { note: `plan of the stream read at ${size.events} events: ${plan}; at ${smallest.events}: ${smallest.plan}` }
      : {}),
  };
}

function detailOf(latency: Latency): Record<string, number | null> {
  return {
    samples: latency.samples,
    p50Ms: round(latency.p50Ms),
    p99Ms: round(latency.p99Ms),
    meanMs: round(latency.meanMs),
  };
}

function valueOf(latency: Latency, percentile: Percentile): number {
  return percentile === 'p50' ? latency.p50Ms : latency.p99Ms;
}

/** 10k, 100k, 1M: the size a row is about, for its id. */
function sizeLabel(events: number): string {
  return events >= 1_000_000 ? `${Math.round(events / 1_000_000)}M` : `${Math.round(events / 1_000)}k`;
}

function round(value: number): number | null {
  return Number.isFinite(value) ? Math.round(value * 1_000) / 1_000 : null;
}

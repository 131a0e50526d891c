import type { Latency } from '../growth/latency';
import { ratioOf, type BenchRow, type Measure } from '../section';
import type { GroupFigures } from './measure';
import { SUBJECT_LABELS, type SubjectKey } from './subjects';

const BASELINE: SubjectKey = 'raw-sql';

/**
 * Each subject of each group against the group's baseline (measured interleaved with it): p50, and for
 * the headline pair p99 as well; the other percentiles in `detail`.
 */
export function reportingRows(groups: readonly GroupFigures[]): BenchRow[] {
  return groups.flatMap((group) => {
    const baseline = group.latencies.get(BASELINE);
    const percentiles = group.plan.id === 'headline' ? (['p50', 'p99'] as const) : (['p50'] as const);
    return group.plan.subjects
      .filter((key) => key !== BASELINE)
      .flatMap((key) =>
        percentiles.map((percentile) => row(group, key, percentile, group.latencies.get(key), baseline)),
      );
  });
}

function row(
  group: GroupFigures,
  key: SubjectKey,
  percentile: 'p50' | 'p99',
  subject: Latency | undefined,
  baseline: Latency | undefined,
): BenchRow {
  const where = `län ${group.plan.area} (${group.kommuner} kommuner, ${group.activeInArea} people), ${group.plan.spread}`;
  const subjectMeasure = measure(`${SUBJECT_LABELS[key]} ${percentile}, ${where}`, subject, percentile);
  const baselineMeasure = measure(
    `${SUBJECT_LABELS[BASELINE]} ${percentile}, same rows, same pool`,
    baseline,
    percentile,
  );
  const notes: string[] = [];
  if (key.endsWith('.public') && group.publicView)
    notes.push(`public view withholds ${group.publicView.withheld} of the ${group.publicView.published} numbers`);
  if (key === 'cells-sql') notes.push('');
  return {
    id: `reporting.${group.plan.id}.${key}.${percentile}`,
    subject: subjectMeasure,
    baseline: baselineMeasure,
    ratio: ratioOf(subjectMeasure.value, baselineMeasure.value),
    ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
  };
}

function measure(label: string, latency: Latency | undefined, percentile: 'p50' | 'p99'): Measure {
  if (!latency || latency.samples === 0) return { label, value: null, unit: 'ms' };
  return {
    label,
    value: round(percentile === 'p50' ? latency.p50Ms : latency.p99Ms),
    unit: 'ms',
    detail: {
      samples: latency.samples,
      p50Ms: round(latency.p50Ms),
      p99Ms: round(latency.p99Ms),
      meanMs: round(latency.meanMs),
    },
  };
}

function round(value: number): number | null {
  return Number.isFinite(value) ? Math.round(value * 1_000) / 1_000 : null;
}

import { ratioOf, type BenchRow, type Measure } from '../section';
import type { BackendFigures, Totals } from './measure-backend';

/** The goal: rebuilding every projection at least half as fast as reading the events plainly. */
const GOAL = { comparison: 'at least', ratio: 0.5 } as const;

/** One row for all projections together (with the goal), then one per projection, against the same raw read. */
export function backendRows(figures: BackendFigures): BenchRow[] {
  const baseline = rawMeasure(figures);
  const all = rate(figures.rebuild);
  const allRow: BenchRow = {
    id: `projections.all.${figures.id}`,
    subject: {
      label: `rebuild of all ${figures.perProjection.length} projections, ${figures.label}`,
      value: all,
      unit: 'ev/s',
      detail: {
        eventsApplied: figures.rebuild.events,
        seconds: round(figures.rebuild.seconds, 3),
        rounds: figures.rebuild.rounds,
        eventsInStore: figures.events,
        storeEventsPerSecond: rate({
          events: figures.events * figures.rebuild.rounds,
          seconds: figures.rebuild.seconds,
        }),
      },
    },
    baseline,
    ratio: ratioOf(all, baseline.value),
    goal: GOAL,
    note: 'events applied by every projection together / wall time of the rebuilds (projections one after the other, as npm run rebuild)',
  };
  const perProjection = figures.perProjection.map((projection): BenchRow => ({
    id: `projections.${projection.projection}.${figures.id}`,
    subject: {
      label: `rebuild of ${projection.projection}, ${figures.label}`,
      value: rate(projection),
      unit: 'ev/s',
      detail: { eventsApplied: projection.events, seconds: round(projection.seconds, 3) },
    },
    baseline,
    ratio: ratioOf(rate(projection), baseline.value),
  }));
  return [allRow, ...perProjection];
}

function rawMeasure(figures: BackendFigures): Measure {
  return {
    label: `plain read of all events, ${figures.label}`,
    value: rate(figures.raw),
    unit: 'ev/s',
    detail: { events: figures.raw.events, passes: figures.raw.passes, seconds: round(figures.raw.seconds, 3) },
  };
}

function rate({ events, seconds }: Totals): number | null {
  return seconds > 0 ? Math.round(events / seconds) : null;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

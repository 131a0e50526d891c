import { performance } from 'node:perf_hooks';
import type { BenchRow, BenchSection, SectionResult } from '../section';
import { openPgliteBackend, openPostgresBackend, type Backend, type BackendId } from './backends';
import { runCase } from './cases';
import { Cleanup } from './cleanup';
import { parseOptions, type BenchOptions } from './options';
import { rawSide } from './raw-baseline';
import type { Figures } from './stats';
import { throughputRatio } from './stats';
import { storeSide } from './store-runs';
import { casesFor } from './suite';

/** The goals for the store against a plain INSERT on PostgreSQL. */
const GOALS: Partial<Record<string, BenchRow['goal']>> = {
  'postgresql/single-sequential': { comparison: 'at least', ratio: 0.8 },
  'postgresql/batch-100': { comparison: 'at least', ratio: 0.85 },
};

/** `npm run bench:store`'s cases as one section of `npm run bench`. */
export const storeSection: BenchSection = {
  id: 'store',
  title: 'Event store against plain SQL',
  async run(context): Promise<SectionResult> {
    const started = performance.now();
    const options = parseOptions(context.quick ? ['--quick'] : []);
    const cleanup = new Cleanup();
    context.onCleanup(() => cleanup.runAll());
    const rows: BenchRow[] = [];
    for (const open of [openPostgresBackend, openPgliteBackend]) {
      const backend = await open(cleanup);
      rows.push(...(await rowsOf(backend, options, context.progress)));
    }
    await cleanup.runAll();
    return {
      id: 'store',
      title: storeSection.title,
      method:
        `${options.singleAppends} single appends with an exact expected revision over ${options.streams} streams (1 writer, and 8 on PostgreSQL), ` +
        `${options.batches} batches of ${options.batchSize}, and reads of all events, each through the store and as plain SQL on the same database ` +
        '(embedded PostgreSQL with fsync on, pool of 10; PGlite in a temp directory); two rounds per side, ordered store, raw, raw, store.',
      rows,
      seconds: (performance.now() - started) / 1_000,
    };
  },
};

async function rowsOf(backend: Backend, options: BenchOptions, progress: (line: string) => void): Promise<BenchRow[]> {
  const sides = { store: storeSide(backend.store), raw: rawSide(backend.sql) };
  const rows: BenchRow[] = [];
  for (const bench of casesFor(options, backend.concurrent)) {
    progress(`store: ${backend.label}, ${bench.label}`);
    const figures = await runCase(bench, sides, backend.id);
    rows.push({
      id: `store.${bench.id}.${backend.id}`,
      subject: measure(`store, ${bench.label} (${backend.label})`, figures.store),
      baseline: measure(bench.kind === 'read' ? 'plain SELECT' : 'plain INSERT', figures.raw),
      ratio: throughputRatio(figures.store, figures.raw),
      ...goalOf(backend.id, bench.id),
    });
  }
  return rows;
}

function goalOf(backend: BackendId, caseId: string): Pick<BenchRow, 'goal'> {
  const goal = GOALS[`${backend}/${caseId}`];
  return goal ? { goal } : {};
}

function measure(label: string, figures: Figures): BenchRow['subject'] {
  return {
    label,
    value: figures.eventsPerSecond,
    unit: 'ev/s',
    detail: { p50Ms: figures.p50Ms, p99Ms: figures.p99Ms },
  };
}

import { performance } from 'node:perf_hooks';
import { journeyEventDecoder, rebuildProjections, type RebuildResult } from '@samsyn/projections';
import { READ_MODEL_PROJECTIONS as PROJECTIONS } from '@samsyn/read-models';
import { secondsSince, type BenchContext, type BenchRow, type BenchSection, type Measure } from '../harness';
import { DEMO_TODAY, importDemoJourneys } from '../demo';
import { openBenchStore, readRawPages, type BackendId } from '../postgres';
import { ratio, round } from '../stats';

/** The goal: rebuilding every projection at least half as fast as reading the events plainly. */
const GOAL = { comparison: 'at least', ratio: 0.5 } as const;
const SEEDS = [2023, 2024];
/** Rows per page of the raw read: the subscription's page size, which the rebuild reads with. */
const PAGE_SIZE = 500;

type Totals = { events: number; seconds: number };

export const projectionsSection: BenchSection = {
  id: 'projections',
  title: 'Rebuilding the read models against a plain read of the events',
  async run(context) {
    const options = context.quick
      ? { events: 12_000, backends: ['postgresql'] as const, rebuildRounds: 1, rawPassesPerRound: 5 }
      : { events: 25_000, backends: ['postgresql', 'pglite'] as const, rebuildRounds: 2, rawPassesPerRound: 3 };
    const rows: BenchRow[] = [];
    const stores: string[] = [];
    for (const backend of options.backends) {
      const measured = await measureBackend(context, backend, options);
      stores.push(
        `${measured.label}: ${measured.journeys} demo journeys, ${measured.events} events; ${measured.description}`,
      );
      rows.push(...measured.rows);
    }
    return {
      method: [
        `Demo journeys (seed ${SEEDS[0]} on) written through importJourney until about ${options.events} events (personal fields sealed per journey), then ANALYZE.`,
        `Rebuild: rebuildProjections over READ_MODEL_PROJECTIONS as npm run rebuild runs it (each projection from the first event`,
        `into new tables, one after the other, events decrypted by journeyEventDecoder with a fresh key cache per rebuild), pages of 500;`,
        `per projection its own time (from its first read), "all" = events applied by every projection / wall time of the whole call.`,
        `Baseline: every event read with plain SQL, keyset pages of ${PAGE_SIZE} on the primary key, JSON decoded by the driver`,
        `(${options.rawPassesPerRound} passes per round). Rounds, the first rebuild cold as in a fresh process: raw,`,
        `rebuild (× ${options.rebuildRounds}), raw. ${stores.join('. ')}.`,
      ].join(' '),
      rows,
    };
  },
};

// Writes the demo journeys into a fresh store, then alternates raw rounds and rebuilds of every projection —
// raw, rebuild, raw, …, raw — so that a drift over the run weighs on both.
type Options = { events: number; rebuildRounds: number; rawPassesPerRound: number };
async function measureBackend(context: BenchContext, id: BackendId, options: Options) {
  const bench = await openBenchStore(context, id, 'samsyn_bench_projections');
  const { resources, label } = bench;
  const progress = (line: string) => context.progress(`${label}: ${line}`);
  const demo = { seeds: SEEDS, today: DEMO_TODAY, maxEvents: options.events, concurrency: id === 'postgresql' ? 4 : 1 };
  progress(`writing demo journeys up to ${options.events} events`);
  const written = await importDemoJourneys(resources, { ...demo, progress });
  progress(`${written.journeys} journeys, ${written.events} events in ${written.seconds.toFixed(1)} s`);
  // Statistics as autovacuum would gather them before long; without them the planner misjudges the
  // subscription's stream-prefix filter and sorts every event after the checkpoint for each page.
  await resources.sql.exec('analyze');
  const raw: Totals = { events: 0, seconds: 0 };
  const results: RebuildResult[] = [];
  let rebuildSeconds = 0;
  const readRaw = async () => {
    const started = performance.now();
    const before = raw.events;
    for (let pass = 0; pass < options.rawPassesPerRound; pass += 1)
      raw.events += await readRawPages(resources.sql, PAGE_SIZE);
    raw.seconds += secondsSince(started);
    const found = (raw.events - before) / options.rawPassesPerRound;
    if (found !== written.events)
      throw new Error(`The raw read found ${found} events, not the ${written.events} written`);
  };
  const { sql, store, keys } = resources;
  for (let round = 0; round < options.rebuildRounds; round += 1) {
    await readRaw();
    progress(`rebuild ${round + 1} of ${options.rebuildRounds}`);
    // What `npm run rebuild` does: one decoder for all, a fresh one per round as a fresh process would have.
    const started = performance.now();
    results.push(
      ...(await rebuildProjections({ store, sql, decode: journeyEventDecoder(keys), projections: PROJECTIONS })),
    );
    rebuildSeconds += secondsSince(started);
  }
  await readRaw();
  await bench.close();
  const rate = ({ events, seconds }: Totals) => (seconds > 0 ? Math.round(events / seconds) : null);
  const totals = (own: readonly Totals[]) => ({
    events: own.reduce((sum, result) => sum + result.events, 0),
    seconds: own.reduce((sum, result) => sum + result.seconds, 0),
  });
  const passes = (options.rebuildRounds + 1) * options.rawPassesPerRound;
  const detail = { events: raw.events, passes, seconds: round(raw.seconds) };
  const baseline: Measure = { label: `plain read of all events, ${label}`, value: rate(raw), unit: 'ev/s', detail };
  const row = (name: string, what: string, own: Totals, detail: Measure['detail']): BenchRow => ({
    id: `projections.${name}.${id}`,
    subject: { label: `rebuild of ${what}, ${label}`, value: rate(own), unit: 'ev/s', detail },
    baseline,
    ratio: ratio(rate(own), baseline.value),
  });
  const all = { events: totals(results).events, seconds: rebuildSeconds };
  const inStore = { events: written.events * options.rebuildRounds, seconds: rebuildSeconds };
  const allDetail = { eventsApplied: all.events, seconds: round(all.seconds), rounds: options.rebuildRounds };
  const storeDetail = { eventsInStore: written.events, storeEventsPerSecond: rate(inStore) };
  const rows = [
    {
      ...row('all', `all ${PROJECTIONS.length} projections`, all, { ...allDetail, ...storeDetail }),
      goal: GOAL,
      note: 'events applied by every projection together / wall time of the rebuilds (projections one after the other, as npm run rebuild)',
    },
    ...PROJECTIONS.map(({ name }) => {
      const own = totals(results.filter((result) => result.projection === name));
      return row(name, name, own, { eventsApplied: own.events, seconds: round(own.seconds) });
    }),
  ];
  return { label, description: bench.description, journeys: written.journeys, events: written.events, rows };
}

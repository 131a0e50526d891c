import { performance } from 'node:perf_hooks';
import { journeyEventDecoder, rebuildProjections } from '@samsyn/projections';
import { READ_MODEL_PROJECTIONS as PROJECTIONS } from '@samsyn/read-models';
import { secondsSince, type BenchContext, type BenchSection, type Measure } from '../harness';
import { DEMO_TODAY, importDemoJourneys } from '../demo';
import { openBenchStore, readRawPages, type BackendId } from '../postgres';
import { goalInMs, latencyMeasure, round, versus } from '../stats';
import { busCommand } from './api/queries';
import { benchStack } from './api/stack';

/** The issue's goal: rebuilding every projection at least half as fast as reading the events plainly. */
const GOAL = { comparison: 'at least', ratio: 0.5 } as const;
const FIRST_SEED = 2023;
/** Rows per page of the raw read: the subscription's page size, which the rebuild reads with. */
const PAGE_SIZE = 500;
/** The full run's large store; BENCH_MILLION_EVENTS tries the same smaller. */
const MILLION = Number(process.env['BENCH_MILLION_EVENTS'] ?? 1_000_000);
const [LAG_RATE, LAG_GOAL_MS] = [100, 250];

type Totals = { events: number; seconds: number };

export const projectionsSection: BenchSection = {
  id: 'projections',
  title: 'Rebuilding the read models against a plain read of the events; their lag under load',
  async run(context) {
    const options = context.quick
      ? { events: 12_000, backends: ['postgresql'] as const, rebuildRounds: 1, rawPassesPerRound: 5 }
      : { events: 25_000, backends: ['postgresql', 'pglite'] as const, rebuildRounds: 2, rawPassesPerRound: 3 };
    const measured = [];
    for (const backend of options.backends) measured.push(await measureBackend(context, backend, options));
    if (!context.quick && !(MILLION >= 1)) throw new Error('BENCH_MILLION_EVENTS must be a positive number');
    const million = { events: MILLION, rebuildRounds: 1, rawPassesPerRound: 1 };
    if (!context.quick) measured.push(await measureBackend(context, 'postgresql', million, 'million'));
    const lag = await measureLag(context);
    const largeStore = ` "million": the same on a fresh PostgreSQL store of about ${MILLION} events, raw, one rebuild, raw (one pass each).`;
    return {
      method: [
        `Demo journeys (seed ${FIRST_SEED} on, about 36,000 events each; the 13th to 24th seed told up to 11 years before ${DEMO_TODAY}, and so on) written through`,
        `importJourney (4 at a time on PostgreSQL) until about ${options.events} events, then ANALYZE. Rebuild: rebuildProjections of the ${PROJECTIONS.length}`,
        `READ_MODEL_PROJECTIONS as npm run rebuild runs it: one pass from the first event into new tables for all, each event read and decrypted once`,
        `(journeyEventDecoder, a fresh key cache per rebuild), pages of 500. Baseline: every event read with plain SQL, keyset pages of ${PAGE_SIZE} on the primary key,`,
        `JSON decoded by the driver (${options.rawPassesPerRound} passes per round). Rounds, the first rebuild cold as in a fresh process: raw, rebuild (×`,
        `${options.rebuildRounds}), raw.${context.quick ? '' : largeStore} ${measured.map(({ stored }) => stored).join('. ')}. ${lag.method}`,
      ].join(' '),
      rows: [...measured.map(({ row }) => row), lag.row],
    };
  },
};

// Writes the demo journeys into a fresh store, then alternates raw rounds and rebuilds of every projection —
// raw, rebuild, raw, …, raw — so that a drift over the run weighs on both.
type Options = { events: number; rebuildRounds: number; rawPassesPerRound: number };
async function measureBackend(context: BenchContext, id: BackendId, options: Options, kind = 'all') {
  const bench = await openBenchStore(context, id, `samsyn_bench_projections_${kind}`);
  const { resources, label } = bench;
  const progress = (line: string) => context.progress(`${label}, ${kind}: ${line}`);
  // Seeds enough for the events (the import stops once they are written; a seed's journeys are made when reached).
  const seeds = Array.from({ length: Math.ceil(options.events / 25_000) + 1 }, (_, index) => FIRST_SEED + index);
  const demo = { seeds, today: demoToday, maxEvents: options.events, concurrency: id === 'postgresql' ? 4 : 1 };
  progress(`writing demo journeys up to ${options.events} events`);
  const written = await importDemoJourneys(resources, { ...demo, progress });
  progress(`${written.journeys} journeys, ${written.events} events in ${written.seconds.toFixed(1)} s`);
  // Statistics as autovacuum would gather them before long; without them the planner misjudges the
  // subscription's stream-prefix filter and sorts every event after the checkpoint for each page.
  await resources.sql.exec('analyze');
  const raw: Totals = { events: 0, seconds: 0 };
  const rebuilt: Totals = { events: 0, seconds: 0 };
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
  const rebuild = { store: resources.store, sql: resources.sql, projections: PROJECTIONS };
  for (let round = 0; round < options.rebuildRounds; round += 1) {
    await readRaw();
    progress(`rebuild ${round + 1} of ${options.rebuildRounds}`);
    // What `npm run rebuild` does: one decoder for all, a fresh one per round as a fresh process would have.
    const started = performance.now();
    const results = await rebuildProjections({ ...rebuild, decode: journeyEventDecoder(resources.keys) });
    rebuilt.seconds += secondsSince(started);
    rebuilt.events += results.reduce((sum, result) => sum + result.events, 0);
  }
  await readRaw();
  await bench.close();
  const passes = (options.rebuildRounds + 1) * options.rawPassesPerRound;
  const read = { events: raw.events, passes, seconds: round(raw.seconds) };
  const baseline = { label: `plain read of all events, ${label}`, value: rate(raw), unit: 'ev/s', detail: read };
  const writeRate = `${Math.round(written.events / written.seconds)} ev/s`;
  const stored = `${label} (${kind}): ${written.journeys} demo journeys, ${written.events} events written in ${written.seconds.toFixed(0)} s (${writeRate}); ${bench.description}`;
  // "all": the events every projection applied (the issue's goal); "million": the events in the store.
  const [all, events, rounds] = [kind === 'all', written.events, options.rebuildRounds];
  const seconds = round(rebuilt.seconds);
  const inStore = { events: events * rounds, seconds: rebuilt.seconds };
  const detail: Measure['detail'] = all
    ? { eventsApplied: rebuilt.events, seconds, rounds, eventsInStore: events, storeEventsPerSecond: rate(inStore) }
    : { eventsInStore: events, seconds };
  const what = `rebuild of all ${PROJECTIONS.length} projections in one pass${all ? '' : ` over ${events} events`}`;
  const subject: Measure = { label: `${what}, ${label}`, value: rate(all ? rebuilt : inStore), unit: 'ev/s', detail };
  const counted = all ? 'events applied by every projection together' : 'events in the store';
  const note = `${counted} / wall time of the rebuild${all ? 's' : ''} (one pass for all, as npm run rebuild)`;
  return { stored, row: versus(`projections.${kind}.${id}`, subject, baseline, all ? { goal: GOAL, note } : { note }) };
}

// A seed's people share about 80,000 synthetic personnummer (20 a birth day, aged 19–29 on `today`) with every seed
// told up to the same day, so seeds past the first 12 are told up to a day 11 years earlier, and so on.
const demoToday = (seed: number) =>
  `${Number(DEMO_TODAY.slice(0, 4)) - 11 * Math.floor((seed - FIRST_SEED) / 12)}${DEMO_TODAY.slice(4)}`;

const rate = ({ events, seconds }: Totals) => (seconds > 0 ? Math.round(events / seconds) : null);

// How far the read models trail the commands on the API bench's Samsyn process, whose runner is its own (as in npm
// start): ScheduleMeeting on its command bus at a fixed rate, each receipt until the read models applied it.
async function measureLag(context: BenchContext) {
  const stack = await benchStack(context);
  const seconds = context.quick ? 5 : 20;
  // Each command on the next journey, so that no two in flight share a stream.
  let next = 0;
  const commands = (count: number) =>
    Array.from({ length: count }, () => busCommand(stack.journeyIds[next % stack.journeyIds.length] ?? '', next++));
  context.progress(`lag: 1 s of warm-up, then ${seconds} s of ScheduleMeeting at ${LAG_RATE}/s`);
  await stack.runOnBus(commands(LAG_RATE), LAG_RATE);
  const started = performance.now();
  const run = await stack.runOnBus(commands(LAG_RATE * seconds), LAG_RATE);
  const commandsPerSecond = round(run.durationsMs.length / secondsSince(started), 1);
  const subject = latencyMeasure('read-model lag after a command’s receipt, p99', run.lagsMs ?? [], 'p99');
  subject.detail = { ...subject.detail, commandsPerSecond };
  const baseline = latencyMeasure('the command until its receipt, p99', run.durationsMs, 'p99');
  const failed = run.failures > 0 ? `; FAILED: ${run.failures} (${run.firstError})` : '';
  const note = `${goalInMs('p99', subject, LAG_GOAL_MS)}; ratio: lag / the command's own time${failed}`;
  const method =
    `Lag: ScheduleMeeting on the command bus of the API bench's Samsyn process (JourneyCommandSender, as the mutation's resolver calls it), ` +
    `each on the next of ${stack.journeyIds.length} demo journeys, sent at ${LAG_RATE}/s on schedule whatever the ones before do: 1 s unmeasured, ` +
    `then ${seconds} s. A receipt's lag: until that process's ProjectionReader (the wait behind consistentWith, woken by its runner) finds every ` +
    `read model at its position; one wait at a time, for the latest receipt then in, so a receipt counts until its page or a later one is applied.`;
  return { row: versus('projections.lag.p99', subject, baseline, { note }), method };
}

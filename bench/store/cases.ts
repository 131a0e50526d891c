import { measure, type Recorder } from './measure';
import type { Side, SideName } from './side';
import { mergeSamples, summarise, type Figures, type Sample } from './stats';
import { planAppends, splitByWriter, type AppendPlan } from './workload';

export interface AppendCase {
  readonly kind: 'append';
  readonly id: string;
  readonly label: string;
  readonly streams: number;
  readonly eventsPerAppend: number;
  /** Appends before measuring, sequential; the first `streams` of them create the streams. */
  readonly warmupAppends: number;
  /** Appends measured, half in each of a side's two rounds. */
  readonly appends: number;
  readonly writers: number;
}

export interface ReadCase {
  readonly kind: 'read';
  readonly id: string;
  readonly label: string;
  readonly pageSize: number;
  /** Full passes over the table in each of a side's two rounds, after one unmeasured pass. */
  readonly passesPerRound: number;
}

export type BenchCase = AppendCase | ReadCase;

export type SideBySide = Readonly<Record<SideName, Figures>>;

/** How one case warms a side up and measures one of its rounds. */
interface CaseRunner {
  warmUp(side: Side): Promise<void>;
  measureRound(side: Side, round: number): Promise<Sample>;
}

/**
 * Each side measured in two rounds, in the order store, raw, raw, store, so that a drift of the
 * machine or the database over the run (caches, checkpoints, autovacuum) weighs on both alike.
 */
const ROUNDS: readonly { side: SideName; round: number }[] = [
  { side: 'store', round: 0 },
  { side: 'raw', round: 0 },
  { side: 'raw', round: 1 },
  { side: 'store', round: 1 },
];

/** Runs one case on the store side and on the raw side, with the same input for both. */
export async function runCase(
  bench: BenchCase,
  sides: Readonly<Record<SideName, Side>>,
  prefix: string,
): Promise<SideBySide> {
  const runner = bench.kind === 'read' ? readRunner(bench) : appendRunner(bench, prefix);
  await runner.warmUp(sides.store);
  await runner.warmUp(sides.raw);
  const samples: Record<SideName, Sample[]> = { store: [], raw: [] };
  for (const { side, round } of ROUNDS) samples[side].push(await runner.measureRound(sides[side], round));
  return { store: summarise(mergeSamples(samples.store)), raw: summarise(mergeSamples(samples.raw)) };
}

function appendRunner(bench: AppendCase, prefix: string): CaseRunner {
  const plans = planAppends(
    `${prefix}-${bench.id}`,
    bench.streams,
    bench.warmupAppends + bench.appends,
    bench.eventsPerAppend,
  );
  const warmup = plans.slice(0, bench.warmupAppends);
  const half = bench.warmupAppends + Math.ceil(bench.appends / 2);
  // Each stream's appends of round 0 come before its appends of round 1, so the revisions hold.
  const rounds = [plans.slice(bench.warmupAppends, half), plans.slice(half)].map((slice) =>
    splitByWriter(slice, bench.writers),
  );
  return {
    warmUp: async (side) => {
      await measure(1, appendEach(side, warmup));
    },
    measureRound: (side, round) =>
      measure(bench.writers, (recorder, writer) => appendEach(side, rounds[round]?.[writer] ?? [])(recorder)),
  };
}

/** One writer: its appends one after the other, each timed. */
function appendEach(side: Side, plans: readonly AppendPlan[]): (recorder: Recorder) => Promise<void> {
  return async (recorder) => {
    for (const plan of plans)
      await recorder.timed(
        () => side.append(plan),
        (events) => events,
      );
  };
}

function readRunner(bench: ReadCase): CaseRunner {
  return {
    warmUp: async (side) => {
      await measure(1, (recorder) => side.readAllPaged(recorder, bench.pageSize));
    },
    measureRound: (side) =>
      measure(1, async (recorder) => {
        for (let pass = 0; pass < bench.passesPerRound; pass += 1) await side.readAllPaged(recorder, bench.pageSize);
      }),
  };
}

import type { Projection } from '@samsyn/projections';
import type { BenchContext } from '../section';
import { openBenchStore } from './bench-stores';
import { importDemoJourneys } from './demo-journeys';
import type { ProjectionsBackendId, ProjectionsOptions } from './options';
import { rawReadRound, type ReadRound } from './raw-read';
import { rebuildRound, type RebuildRound } from './rebuild-round';

export interface Totals {
  readonly events: number;
  readonly seconds: number;
}

/** One backend's figures, summed over its measured rounds. */
export interface BackendFigures {
  readonly id: ProjectionsBackendId;
  readonly label: string;
  readonly description: string;
  readonly journeys: number;
  /** Events in the store, every one a journey event. */
  readonly events: number;
  readonly raw: Totals & { readonly passes: number };
  /** Events applied by all projections together, and the wall time of the rebuild calls. */
  readonly rebuild: Totals & { readonly rounds: number };
  readonly perProjection: readonly (Totals & { readonly projection: string })[];
}

/**
 * Writes the demo journeys into a fresh store on `id`, then alternates raw rounds and rebuilds of
 * every projection — raw, rebuild, raw, …, raw — so that a drift over the run weighs on both.
 */
export async function measureBackend(
  id: ProjectionsBackendId,
  projections: readonly Projection[],
  options: ProjectionsOptions,
  context: BenchContext,
): Promise<BackendFigures> {
  const bench = await openBenchStore(id, context, 'samsyn_bench_projections');
  try {
    const { resources } = bench;
    context.progress(`${bench.label}: writing demo journeys up to ${options.events} events`);
    const written = await importDemoJourneys(resources, {
      seeds: options.seeds,
      today: options.today,
      maxEvents: options.events,
      concurrency: id === 'postgresql' ? 4 : 1,
      progress: (line) => context.progress(`${bench.label}: ${line}`),
    });
    context.progress(
      `${bench.label}: ${written.journeys} journeys, ${written.events} events in ${written.seconds.toFixed(1)} s`,
    );
    // Statistics as autovacuum would gather them before long; without them the planner misjudges the
    // subscription's stream-prefix filter and sorts every event after the checkpoint for each page.
    await resources.sql.exec('analyze');
    const raws: ReadRound[] = [];
    const rebuilds: RebuildRound[] = [];
    const readRaw = async (): Promise<void> => {
      const round = await rawReadRound(resources.sql, options.rawPassesPerRound, options.rawPageSize);
      if (round.events !== written.events * options.rawPassesPerRound) {
        throw new Error(
          `The raw read found ${round.events / options.rawPassesPerRound} events, not the ${written.events} written`,
        );
      }
      raws.push(round);
    };
    for (let round = 0; round < options.rebuildRounds; round += 1) {
      await readRaw();
      context.progress(`${bench.label}: rebuild ${round + 1} of ${options.rebuildRounds}`);
      rebuilds.push(await rebuildRound(resources, projections));
    }
    await readRaw();
    return {
      id,
      label: bench.label,
      description: bench.description,
      journeys: written.journeys,
      events: written.events,
      raw: { ...sum(raws), passes: raws.length * options.rawPassesPerRound },
      rebuild: {
        events: rebuilds.reduce(
          (total, round) => total + round.results.reduce((applied, result) => applied + result.events, 0),
          0,
        ),
        seconds: rebuilds.reduce((total, round) => total + round.seconds, 0),
        rounds: rebuilds.length,
      },
      perProjection: projections.map(({ name }) => ({
        projection: name,
        ...sum(rebuilds.flatMap((round) => round.results.filter((result) => result.projection === name))),
      })),
    };
  } finally {
    await bench.close();
  }
}

function sum(rounds: readonly Totals[]): Totals {
  return rounds.reduce(
    (total, round) => ({ events: total.events + round.events, seconds: total.seconds + round.seconds }),
    { events: 0, seconds: 0 },
  );
}

import { performance } from 'node:perf_hooks';
import { generateDemoJourneys, type DemoJourney } from '@samsyn/demo-data';
import { importJourney } from '@samsyn/journey-commands';
import type { SamsynResources } from '@samsyn/runtime';

export interface DemoImport {
  /** Journeys written (a person already in the store under another seed is skipped). */
  readonly journeys: number;
  readonly events: number;
  /** Ids of the journeys written, in the order their appends finished. */
  readonly journeyIds: readonly string[];
  readonly seconds: number;
}

export interface DemoImportOptions {
  /** Demo seeds, each a whole demo data set (the Örebro county table's journeys), used in turn. */
  readonly seeds: readonly number[];
  /** The demo's "today": fixed, so that every run writes the same journeys. */
  readonly today: string;
  /** Stop starting journeys once this many events are written (the journeys in flight still finish). */
  readonly maxEvents?: number;
  readonly concurrency: number;
  readonly progress?: (line: string) => void;
}

/** The fixed day the benches' demo journeys are told up to. */
export const DEMO_TODAY = '2025-09-01';

/**
 * Real journeys written as the demo loader writes them (`importJourney`: decided in memory, personal
 * fields sealed with the journey's own key, one append per journey), from one or more seeds.
 */
export async function importDemoJourneys(resources: SamsynResources, options: DemoImportOptions): Promise<DemoImport> {
  const started = performance.now();
  const journeyIds: string[] = [];
  const limit = options.maxEvents ?? Number.POSITIVE_INFINITY;
  let events = 0;
  let lastReport = started;
  // A seed's journeys are generated only when the ones before are used up (a seed takes a few seconds).
  for (const seed of options.seeds) {
    if (events >= limit) break;
    const journeys: DemoJourney[] = generateDemoJourneys({ seed, today: options.today });
    let next = 0;
    const worker = async (): Promise<void> => {
      while (events < limit) {
        const journey = journeys[next++];
        if (!journey) return;
        const result = await importJourney(resources, journey);
        if (result.alreadyImported) continue;
        events += result.eventsWritten;
        journeyIds.push(result.journeyId);
        if (options.progress && performance.now() - lastReport > 2_000) {
          lastReport = performance.now();
          options.progress(`imported ${journeyIds.length} journeys, ${events} events`);
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
  }
  return { journeys: journeyIds.length, events, journeyIds, seconds: (performance.now() - started) / 1_000 };
}

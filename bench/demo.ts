import { performance } from 'node:perf_hooks';
import { generateDemoJourneys } from '@samsyn/demo-data';
import { importJourney } from '@samsyn/journey-commands';
import type { SamsynResources } from '@samsyn/runtime';
import { secondsSince } from './harness';

/** The fixed day the benches' demo journeys are told up to, so that every run writes the same journeys. */
export const DEMO_TODAY = '2025-09-01';

/** `today`: for all seeds or per seed; no journey is started once `maxEvents` are written; `every`: every n-th only. */
type DemoImportOptions = { seeds: readonly number[]; today: string | ((seed: number) => string) } & {
  maxEvents?: number;
  every?: number;
} & { concurrency: number; progress: (line: string) => void };

// Real journeys written as the demo loader writes them (`importJourney`: decided in memory, personal fields
// sealed with the journey's own key, one append per journey). Returns the ids in the order their appends finished.
export async function importDemoJourneys(resources: SamsynResources, options: DemoImportOptions) {
  const started = performance.now();
  const journeyIds: string[] = [];
  const limit = options.maxEvents ?? Infinity;
  let events = 0;
  let lastReport = started;
  // A seed's journeys are generated only when the ones before are used up (a seed takes a few seconds).
  for (const seed of options.seeds) {
    if (events >= limit) break;
    const today = typeof options.today === 'string' ? options.today : options.today(seed);
    const journeys = generateDemoJourneys({ seed, today }).filter((_, index) => index % (options.every ?? 1) === 0);
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let journey = journeys[next++]; journey && events < limit; journey = journeys[next++]) {
        const result = await importJourney(resources, journey);
        if (result.alreadyImported) continue;
        events += result.eventsWritten;
        journeyIds.push(result.journeyId);
        if (performance.now() - lastReport > 2_000) {
          lastReport = performance.now();
          options.progress(`imported ${journeyIds.length} journeys, ${events} events`);
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
  }
  return { journeys: journeyIds.length, events, journeyIds, seconds: secondsSince(started) };
}

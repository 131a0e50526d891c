import { generateDemoJourneys, loadDemoData } from '@samsyn/demo-data';
import { importJourney } from '@samsyn/journey-commands';
import type { SamsynResources } from '@samsyn/runtime';

const DEMO_SEED = 2023;
const CONCURRENCY = 4;

/**
 * The demo data as `npm start` loads it (every = 1), or every `every`-th of its journeys — a sample in the demo's
 * proportions, for a quick run that cannot wait for the whole set. Tells progress through `say`.
 */
export async function loadDemoJourneys(
  resources: SamsynResources,
  every: number,
  say: (line: string) => void,
): Promise<{ journeys: number; events: number }> {
  const today = new Date().toISOString().slice(0, 10);
  let shown = 0;
  const onProgress = ({ done, total }: { done: number; total: number }) => {
    if (done === total || done - shown >= 400) {
      shown = done;
      say(`demo data: ${done}/${total} journeys`);
    }
  };
  if (every <= 1) {
    const load = await loadDemoData(resources, { seed: DEMO_SEED, today, onProgress, concurrency: CONCURRENCY });
    if (load.status !== 'loaded') throw new Error(`The bench needs an empty store: ${load.reason}`);
    return { journeys: load.journeys, events: load.events };
  }
  const journeys = generateDemoJourneys({ seed: DEMO_SEED, today }).filter((_, index) => index % every === 0);
  let next = 0;
  let done = 0;
  let events = 0;
  const worker = async () => {
    for (let index = next++; index < journeys.length; index = next++) {
      events += (await importJourney(resources, journeys[index]!)).eventsWritten;
      onProgress({ done: ++done, total: journeys.length });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { journeys: journeys.length, events };
}

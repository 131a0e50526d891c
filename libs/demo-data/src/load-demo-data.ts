import { importJourney } from '@samsyn/journey-commands';
import type { SamsynResources } from '@samsyn/runtime';
import { generateDemoJourneys, type DemoJourneyOptions } from './generate-demo-journeys';

export interface DemoDataProgress {
  readonly done: number;
  readonly total: number;
}

export interface LoadDemoDataOptions extends DemoJourneyOptions {
  /** Called after each journey; tells counts only, never who. */
  readonly onProgress?: (progress: DemoDataProgress) => void;
  /** Journeys imported at once; more helps PostgreSQL, PGlite runs one statement at a time anyway. */
  readonly concurrency?: number;
}

export type DemoDataLoad =
  | {
      readonly status: 'loaded';
      /** The seed the journeys were generated from, for the start-up line. */
      readonly seed: number;
      readonly journeys: number;
      readonly events: number;
      readonly ms: number;
    }
  | {
      readonly status: 'skipped';
      readonly reason: string;
      readonly journeys: 0;
      readonly events: 0;
      readonly ms: number;
    };

const DEFAULT_CONCURRENCY = 4;

/** On a first start: the demo journeys, each in one append. A store that holds any journey is left alone. */
export async function loadDemoData(resources: SamsynResources, options: LoadDemoDataOptions): Promise<DemoDataLoad> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  if (await holdsJourneys(resources)) {
    const reason = 'The store already holds journeys; demo data is loaded only into an empty store';
    return { status: 'skipped', reason, journeys: 0, events: 0, ms: elapsed() };
  }
  const journeys = generateDemoJourneys(options);
  let done = 0;
  let imported = 0;
  let events = 0;
  await inParallel(journeys, options.concurrency ?? DEFAULT_CONCURRENCY, async (journey) => {
    const result = await importJourney(resources, journey);
    if (!result.alreadyImported) imported++;
    events += result.eventsWritten;
    options.onProgress?.({ done: ++done, total: journeys.length });
  });
  // Without statistics on the freshly filled table the planner takes the subscriptions' prefix filter for
  // a handful of rows and sorts every later event for each page: the read models would catch up in quadratic time.
  await resources.sql.query('analyze samsyn_events');
  return { status: 'loaded', seed: options.seed, journeys: imported, events, ms: elapsed() };
}

async function holdsJourneys({ sql }: SamsynResources): Promise<boolean> {
  const [row] = await sql.query<{ holds: boolean }>('select exists (select 1 from samsyn_person_index) as holds');
  return row?.holds === true;
}

/** Runs `work` on every item, at most `limit` at a time. */
async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < items.length; index = next++) {
      const item = items[index];
      if (item !== undefined) await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

import { performance } from 'node:perf_hooks';
import { journeyEventDecoder, rebuildProjections } from '@samsyn/projections';
import { personDirectoryProjection, READ_MODEL_PROJECTIONS } from '@samsyn/read-models';
import type { SamsynResources } from '@samsyn/runtime';
import { DEMO_TODAY, importDemoJourneys } from '../projections/demo-journeys';

export interface PreparedStore {
  /** Every journey written, in the order their appends finished. */
  readonly journeyIds: readonly string[];
  readonly events: number;
  readonly seconds: number;
}

const TABLES = ['samsyn_events', 'samsyn_streams'] as const;

/**
 * The real part of the store: demo journeys (seed 2023) until about `events` events are written, and the
 * read model the timeline query reads besides the stream (`person(id)` looks the person up in the person
 * directory). Autovacuum is switched off for the event tables (the copies of the database inherit it):
 * `settle` gathers the statistics after each bulk write instead, and no vacuum worker runs while measuring.
 */
export async function prepareStore(
  resources: SamsynResources,
  events: number,
  progress: (line: string) => void,
): Promise<PreparedStore> {
  const started = performance.now();
  for (const table of TABLES) await resources.sql.query(`alter table ${table} set (autovacuum_enabled = off)`);
  const written = await importDemoJourneys(resources, {
    seeds: [2023],
    today: DEMO_TODAY,
    maxEvents: events,
    concurrency: 4,
    progress,
  });
  if (written.events < events)
    throw new Error(`The demo data holds ${written.events} events, fewer than the ${events} asked for`);
  await settle(resources);
  progress(`building the person directory of ${written.journeys} journeys`);
  await rebuildProjections({
    store: resources.store,
    sql: resources.sql,
    decode: journeyEventDecoder(resources.keys),
    projections: READ_MODEL_PROJECTIONS.filter((projection) => projection.name === personDirectoryProjection.name),
  });
  return { journeyIds: written.journeyIds, events: written.events, seconds: (performance.now() - started) / 1_000 };
}

/** After a bulk write: the statistics autovacuum would gather before long (without them the planner misjudges the event reads). */
export async function settle(resources: SamsynResources): Promise<void> {
  for (const table of TABLES) await resources.sql.query(`analyze ${table}`);
}

import { performance } from 'node:perf_hooks';
import type { SqlClient } from '@samsyn/event-store';
import { readRawPages } from '../support/raw-event-pages';

export interface ReadRound {
  readonly events: number;
  readonly seconds: number;
}

/** `passes` full reads of the events one after the other, timed together. */
export async function rawReadRound(sql: SqlClient, passes: number, pageSize: number): Promise<ReadRound> {
  const started = performance.now();
  let events = 0;
  // The baseline: the same rows read with plain SQL, keyset-paged with the page size the rebuild's subscription uses.
  for (let pass = 0; pass < passes; pass += 1) events += await readRawPages(sql, pageSize);
  return { events, seconds: (performance.now() - started) / 1_000 };
}

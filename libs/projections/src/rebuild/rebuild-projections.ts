import { performance } from 'node:perf_hooks';
import { START, type EventStore, type SqlClient } from '@samsyn/event-store';
import type { EventDecoder } from '../decoding/event-decoder';
import type { Projection } from '../projection';
import { assertValidProjections } from '../projection-schema';
import { DEFAULT_BATCH_SIZE } from '../running/projection-runner';
import { ProjectionLane } from '../running/projection-lane';
import { journeyEventsAfter } from '../state/events-behind';
import { prepareTarget } from '../state/prepare-target';
import { ensureProjectionStateTable } from '../state/projection-state-table';

export interface RebuildOptions {
  readonly store: EventStore;
  readonly sql: SqlClient;
  readonly decode: EventDecoder;
  /** Rebuilt one after the other, in this order. */
  readonly projections: readonly Projection[];
  readonly batchSize?: number;
  readonly onStart?: (start: RebuildProgress) => void;
  readonly onProgress?: (progress: RebuildProgress) => void;
  readonly onFinish?: (result: RebuildResult) => void;
}

export interface RebuildProgress {
  readonly projection: string;
  readonly version: number;
  readonly applied: number;
  /** Journey events counted when the rebuild started, or those applied if more came meanwhile. */
  readonly total: number;
}

export interface RebuildResult {
  readonly projection: string;
  readonly version: number;
  readonly events: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
}

/**
 * Builds each projection's version afresh from the first event into new tables while the served
 * ones stay readable, swaps them in once nothing is left to apply, and drops the old ones.
 */
export async function rebuildProjections(options: RebuildOptions): Promise<RebuildResult[]> {
  assertValidProjections(options.projections);
  await ensureProjectionStateTable(options.sql);
  const results: RebuildResult[] = [];
  for (const projection of options.projections) {
    const result = await rebuild(options, projection);
    options.onFinish?.(result);
    results.push(result);
  }
  return results;
}

async function rebuild(options: RebuildOptions, projection: Projection): Promise<RebuildResult> {
  const { store, sql, decode, batchSize, onStart, onProgress } = options;
  const { name, version } = projection;
  const total = await journeyEventsAfter(sql, START);
  const target = await prepareTarget(sql, projection, 'rebuild');
  let applied = 0;
  onStart?.({ projection: name, version, applied, total });
  const started = performance.now();
  const lane = ProjectionLane.start(
    {
      store,
      sql,
      decode,
      projection,
      batchSize: batchSize ?? DEFAULT_BATCH_SIZE,
      mode: 'until-served',
      onBatch: (batch) => {
        applied += batch.events;
        onProgress?.({ projection: name, version, applied, total: Math.max(total, applied) });
      },
    },
    target,
  );
  await lane.finished();
  const seconds = (performance.now() - started) / 1_000;
  return { projection: name, version, events: applied, seconds, eventsPerSecond: seconds > 0 ? applied / seconds : 0 };
}

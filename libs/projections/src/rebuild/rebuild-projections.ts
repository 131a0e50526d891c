import { performance } from 'node:perf_hooks';
import { START, type EventStore, type SqlClient } from '@samsyn/event-store';
import type { EventDecoder } from '../decoding/event-decoder';
import type { Projection } from '../projection';
import { assertValidProjections } from '../projection-schema';
import { DEFAULT_BATCH_SIZE } from '../running/projection-runner';
import type { LaneMember } from '../running/lane-member';
import { ProjectionLane } from '../running/projection-lane';
import { journeyEventsAfter } from '../state/events-behind';
import { prepareTarget } from '../state/prepare-target';
import { ensureProjectionStateTable } from '../state/projection-state-table';

export interface RebuildOptions {
  readonly store: EventStore;
  readonly sql: SqlClient;
  readonly decode: EventDecoder;
  /** Rebuilt together in one pass over the events. */
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
 * Builds every projection's version afresh from the first event into new tables while the served ones
 * stay readable, in one pass (each event read and decoded once for all), swaps each in once nothing is
 * left to apply, and drops the old ones.
 */
export async function rebuildProjections(options: RebuildOptions): Promise<RebuildResult[]> {
  const { store, sql, decode, batchSize, projections, onStart, onProgress, onFinish } = options;
  assertValidProjections(projections);
  await ensureProjectionStateTable(sql);
  const total = await journeyEventsAfter(sql, START);
  const members: LaneMember[] = [];
  for (const projection of projections)
    members.push({ projection, target: await prepareTarget(sql, projection, 'rebuild') });
  const applied = new Map(projections.map((projection) => [projection.name, 0]));
  for (const { name, version } of projections) onStart?.({ projection: name, version, applied: 0, total });
  const started = performance.now();
  const lane = ProjectionLane.start(
    {
      store,
      sql,
      decode,
      batchSize: batchSize ?? DEFAULT_BATCH_SIZE,
      mode: 'until-served',
      onBatch: ({ projection, version, events }) => {
        const now = (applied.get(projection) ?? 0) + events;
        applied.set(projection, now);
        onProgress?.({ projection, version, applied: now, total: Math.max(total, now) });
      },
    },
    members,
  );
  await lane.finished();
  const seconds = (performance.now() - started) / 1_000;
  return projections.map(({ name, version }) => {
    const events = applied.get(name) ?? 0;
    const result = { projection: name, version, events, seconds, eventsPerSecond: seconds > 0 ? events / seconds : 0 };
    onFinish?.(result);
    return result;
  });
}

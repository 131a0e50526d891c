import { performance } from 'node:perf_hooks';
import { journeyEventDecoder, rebuildProjections, type Projection, type RebuildResult } from '@samsyn/projections';
import type { SamsynResources } from '@samsyn/runtime';

export interface RebuildRound {
  /** Each projection's own figures, as `npm run rebuild` prints them. */
  readonly results: readonly RebuildResult[];
  /** Wall time of the whole call, the projections one after the other. */
  readonly seconds: number;
}

/**
 * What `npm run rebuild` does: every projection rebuilt from the first event into new tables, one after
 * the other, then swapped in; one decoder for all (a journey's data key is looked up and unwrapped once,
 * then kept 30 s), a fresh one per round as a fresh process would have.
 */
export async function rebuildRound(
  resources: SamsynResources,
  projections: readonly Projection[],
): Promise<RebuildRound> {
  const started = performance.now();
  const results = await rebuildProjections({
    store: resources.store,
    sql: resources.sql,
    decode: journeyEventDecoder(resources.keys),
    projections,
  });
  return { results, seconds: (performance.now() - started) / 1_000 };
}

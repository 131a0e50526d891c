import type { Measure } from '../section';
import { round, percentile } from './latency';
import { graphqlVerifier, runLoad, type LoadResult } from './load';
import type { ReadTarget } from './read-targets';

/** A read path: where the query goes and how each journey's request body reads. */
export interface ReadPath {
  label: string;
  url: string;
  query: string;
  variables(target: ReadTarget): Record<string, unknown>;
}

/** Merged runs of one path. */
export interface ReadFigures {
  latenciesMs: number[];
  ok: number;
  failed: number;
  unanswered: number;
  firstFailure: string | null;
  seconds: number;
}

export const NO_READS: ReadFigures = {
  latenciesMs: [],
  ok: 0,
  failed: 0,
  unanswered: 0,
  firstFailure: null,
  seconds: 0,
};

/** Every request asks for the next journey, so that no two requests in flight are the same query. */
export function overviewRequests(path: ReadPath, targets: readonly ReadTarget[]) {
  const bodies = targets.map((target) => JSON.stringify({ query: path.query, variables: path.variables(target) }));
  let next = 0;
  return {
    nextBody: () => bodies[next++ % bodies.length]!,
    verify: graphqlVerifier((body) => (body.includes('"person":null') ? 'person: null' : null)),
  };
}

export async function runReads(
  path: ReadPath,
  targets: readonly ReadTarget[],
  token: string,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  return runLoad({ url: path.url, token, connections, seconds, request: overviewRequests(path, targets) });
}

export function merge(figures: ReadFigures, run: LoadResult): ReadFigures {
  return {
    latenciesMs: [...figures.latenciesMs, ...run.samples.map((sample) => sample.ms)],
    ok: figures.ok + run.ok,
    failed: figures.failed + run.failed,
    unanswered: figures.unanswered + run.unanswered,
    firstFailure: figures.firstFailure ?? run.firstFailure,
    seconds: figures.seconds + run.seconds,
  };
}

export function requestsPerSecond(figures: ReadFigures): number | null {
  return figures.seconds > 0 ? figures.ok / figures.seconds : null;
}

/** The path's latency (value: p50) and throughput (value: successful requests/s), with the same detail. */
export function readMeasures(label: string, figures: ReadFigures): { latency: Measure; throughput: Measure } {
  const detail = {
    p50Ms: round(percentile(figures.latenciesMs, 50), 2),
    p99Ms: round(percentile(figures.latenciesMs, 99), 2),
    requestsPerSecond: round(requestsPerSecond(figures), 1),
    requests: figures.ok,
    failed: figures.failed,
    unanswered: figures.unanswered,
  };
  return {
    latency: { label: `${label}, p50`, value: detail.p50Ms, unit: 'ms', detail },
    throughput: { label: `${label}, successful requests/s`, value: detail.requestsPerSecond, unit: 'req/s', detail },
  };
}

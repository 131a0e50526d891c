import type { BenchRow, BenchSection, Measure } from '../../harness';
import { FK_CASEWORKER } from '../../samsyn';
import { percentile, perSecond, ratio, round } from '../../stats';
import { overviewRequests, readTargets, runLoad, type LoadResult } from './load';
import { OVERVIEW_SUBGRAPHS, PERSON_OVERVIEW, PERSON_OVERVIEW_JOURNEY_PART } from './queries';
import { benchStack } from './stack';

const CONNECTIONS = 10;
const LATENCY_GOAL = { comparison: 'at most', ratio: 1.3 } as const;
const THROUGHPUT_GOAL = { comparison: 'at least', ratio: 0.6 } as const;

type PathName = 'direct' | 'gatewayPart' | 'gatewayOverview';

export const readsSection: BenchSection = {
  id: 'reads',
  title: 'Reads: the person overview through the gateway and straight to its subgraph',
  async run(context) {
    const stack = await benchStack(context);
    const token = await stack.token(FK_CASEWORKER);
    const seconds = context.quick ? 3 : 12;
    const pool = await readTargets(context, stack, token);
    if (pool.targets.length < CONNECTIONS * 2)
      throw new Error(
        `Only ${pool.targets.length} journeys answer the overview without errors (${pool.failed} failed: ${pool.firstFailure})`,
      );
    const paths: Record<PathName, [label: string, url: string, query: string]> = {
      direct: ['journey part straight to the journey subgraph', stack.journeySubgraphUrl, PERSON_OVERVIEW_JOURNEY_PART],
      gatewayPart: ['journey part through the gateway', stack.gatewayUrl, PERSON_OVERVIEW_JOURNEY_PART],
      gatewayOverview: [
        `whole overview through the gateway (${OVERVIEW_SUBGRAPHS})`,
        stack.gatewayUrl,
        PERSON_OVERVIEW,
      ],
    };
    const load = ([, url, query]: (typeof paths)[PathName], loadSeconds: number) =>
      runLoad(url, token, loadSeconds, CONNECTIONS, overviewRequests(query, pool.targets));
    // Quick: each path once. Full: there and back (A B C C B A), so that drift over the run falls on every path alike.
    const once: PathName[] = ['direct', 'gatewayPart', 'gatewayOverview'];
    const order = context.quick ? once : [...once, ...[...once].reverse()];
    const warmUpSeconds = context.quick ? 1 : 3;
    context.progress(`api reads: warming each path up for ${warmUpSeconds} s`);
    for (const name of once) await load(paths[name], warmUpSeconds);
    const runs: Record<PathName, LoadResult[]> = { direct: [], gatewayPart: [], gatewayOverview: [] };
    for (const [index, name] of order.entries()) {
      context.progress(`api reads: ${index + 1}/${order.length} ${paths[name][0]}, ${seconds} s`);
      runs[name].push(await load(paths[name], seconds));
    }
    const failures = once
      .filter((name) => sum(runs[name], 'failed') > 0)
      .map(
        (name) =>
          `${paths[name][0]}: ${sum(runs[name], 'failed')} failed (${runs[name].find((run) => run.firstFailure)?.firstFailure})`,
      );
    const failureNote = failures.length > 0 ? ` FAILED ANSWERS: ${failures.join('; ')}.` : '';
    const direct = measures(paths.direct[0], runs.direct);
    const rowsOf = (name: Exclude<PathName, 'direct'>, id: string, note: string): BenchRow[] => {
      const subject = measures(paths[name][0], runs[name]);
      return (['latency', 'throughput'] as const).map((kind) => ({
        id: `${id}.${kind}`,
        subject: subject[kind],
        baseline: direct[kind],
        ratio: round(ratio(subject[kind].value, direct[kind].value)),
        goal: kind === 'latency' ? LATENCY_GOAL : THROUGHPUT_GOAL,
        note: note + failureNote,
      }));
    };
    return {
      method:
        `autocannon, ${CONNECTIONS} connections, ${context.quick ? `${seconds} s per path` : `${seconds} s per path twice (A B C C B A)`} ` +
        `after ${warmUpSeconds} s of warm-up each, ` +
        `as an FK handläggare; every request asks for the next of ${pool.targets.length} demo journeys (of ${pool.checked} checked: ` +
        `${pool.invisible} FK sees nothing of, ${pool.failed} answered with errors), so no two requests in flight are the same query. ` +
        `An answer counts only when HTTP 200 without errors and with a person; requests/s counts those. Latency ratios are of p50. ` +
        `Samsyn runs in its own process; the load generator shares the 2 cores. Store: ${stack.store}.` +
        (pool.failed > 0 ? ` Checking the journeys: ${pool.firstFailure}.` : ''),
      rows: [
        ...rowsOf(
          'gatewayOverview',
          'reads.overview',
          'subject: the whole overview through the gateway (journey + FK, AF and kommun fields, 4 subgraphs, each verifying the token, reading its read model and auditing the read); ' +
            'baseline: the overview’s journey-subgraph part (person, timeline, risk signals) straight to the journey subgraph — the subject does more work than the baseline.',
        ),
        ...rowsOf(
          'gatewayPart',
          'reads.journey-part',
          'like for like: the same journey-part query through the gateway and straight to the journey subgraph, so the ratio is the gateway’s own cost.',
        ),
      ],
    };
  },
};

const sum = (runs: readonly LoadResult[], key: 'ok' | 'failed' | 'unanswered' | 'seconds') =>
  runs.reduce((total, run) => total + run[key], 0);

function measures(label: string, runs: readonly LoadResult[]): { latency: Measure; throughput: Measure } {
  const latencies = runs.flatMap((run) => run.samples.map((sample) => sample.value));
  const detail = {
    p50Ms: round(percentile(latencies, 50), 2),
    p99Ms: round(percentile(latencies, 99), 2),
    requestsPerSecond: round(perSecond(sum(runs, 'ok'), sum(runs, 'seconds')), 1),
    requests: sum(runs, 'ok'),
    failed: sum(runs, 'failed'),
    unanswered: sum(runs, 'unanswered'),
  };
  return {
    latency: { label: `${label}, p50`, value: detail.p50Ms, unit: 'ms', detail },
    throughput: { label: `${label}, successful requests/s`, value: detail.requestsPerSecond, unit: 'req/s', detail },
  };
}

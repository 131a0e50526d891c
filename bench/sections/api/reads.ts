import type { BenchContext, BenchRow, BenchSection, Measure } from '../../harness';
import { FK_CASEWORKER, requireGraphQL } from '../../samsyn';
import { goalInMs, latencyMeasure, percentile, perSecond, round, versus } from '../../stats';
import { overviewRequests, readTargets, runLoad, type LoadResult } from './load';
import { OVERVIEW_SUBGRAPHS, PERSON_OVERVIEW, PERSON_OVERVIEW_JOURNEY_PART } from './queries';
import { benchStack } from './stack';

const CONNECTIONS = 10;
const LATENCY_GOAL = { comparison: 'at most', ratio: 1.3 } as const;
const THROUGHPUT_GOAL = { comparison: 'at least', ratio: 0.6 } as const;
const FK_LIST_GOAL_MS = 150;

type PathName = 'direct' | 'gatewayPart' | 'gatewayOverview';

export const readsSection: BenchSection = {
  id: 'reads',
  title: 'Reads: the person overview through the gateway and straight to its subgraph; the FK list',
  async run(context) {
    const stack = await benchStack(context);
    const token = await stack.token(FK_CASEWORKER);
    const seconds = context.quick ? 3 : 12;
    const pool = await readTargets(context, stack, token);
    if (pool.targets.length < CONNECTIONS * 2)
      throw new Error(
        `Only ${pool.targets.length} journeys answer the overview without errors (${pool.failed} failed: ${pool.firstFailure})`,
      );
    const overview = `whole overview through the gateway (${OVERVIEW_SUBGRAPHS})`;
    const paths: Record<PathName, [label: string, url: string, query: string]> = {
      direct: ['journey part straight to the journey subgraph', stack.journeySubgraphUrl, PERSON_OVERVIEW_JOURNEY_PART],
      gatewayPart: ['journey part through the gateway', stack.gatewayUrl, PERSON_OVERVIEW_JOURNEY_PART],
      gatewayOverview: [overview, stack.gatewayUrl, PERSON_OVERVIEW],
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
    const failed = (name: PathName) =>
      `${paths[name][0]}: ${sum(runs[name], 'failed')} failed (${runs[name].find((run) => run.firstFailure)?.firstFailure})`;
    const failures = once.filter((name) => sum(runs[name], 'failed') > 0).map(failed);
    const failureNote = failures.length > 0 ? ` FAILED ANSWERS: ${failures.join('; ')}.` : '';
    const direct = measures(paths.direct[0], runs.direct);
    const rowsOf = (name: Exclude<PathName, 'direct'>, id: string, note: string): BenchRow[] => {
      const subject = measures(paths[name][0], runs[name]);
      return (['latency', 'throughput'] as const).map((kind) =>
        versus(`${id}.${kind}`, subject[kind], direct[kind], {
          goal: kind === 'latency' ? LATENCY_GOAL : THROUGHPUT_GOAL,
          note: note + failureNote,
        }),
      );
    };
    const fkList = await measureFkList(context, stack.gatewayUrl, token);
    return {
      method:
        `autocannon, ${CONNECTIONS} connections, ${context.quick ? `${seconds} s per path` : `${seconds} s per path twice (A B C C B A)`} ` +
        `after ${warmUpSeconds} s of warm-up each, ` +
        `as an FK handläggare; every request asks for the next of ${pool.targets.length} demo journeys (of ${pool.checked} checked: ` +
        `${pool.invisible} FK sees nothing of, ${pool.failed} answered with errors), so no two requests in flight are the same query. ` +
        `An answer counts only when HTTP 200 without errors and with a person; requests/s counts those. Latency ratios are of p50. ` +
        `Samsyn runs in its own process; the load generator shares the 2 cores. Store: ${stack.store}.` +
        (pool.failed > 0 ? ` Checking the journeys: ${pool.firstFailure}.` : '') +
        ` ${fkList.method}`,
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
        fkList.row,
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

// The FK caseworker's list: decisions ending within six months, each person with what FK, AF and the journey subgraph
// hold (the gateway asks three subgraphs for every person), one request at a time, in turn with the list alone.
const FK_LIST_PERSON = `id homeKommun fkDecision { grade validTo } fkAvslagCase { status } afJobSeeker { registered }
    afReferrals { referralId } riskSignals { kind since }`;
const FK_LIST = {
  list: `{ fkDecisionsEnding(months: 6) { validTo person { ${FK_LIST_PERSON} } } }`,
  alone: '{ fkDecisionsEnding(months: 6) { validTo } }',
};

async function measureFkList(context: BenchContext, gatewayUrl: string, token: string) {
  const seconds = context.quick ? 3 : 10;
  const latencies = { list: [] as number[], alone: [] as number[] };
  const counted = { decisions: 0, people: 0 };
  const alternate = async (forSeconds: number, measured: boolean) => {
    for (let turn = 0, until = performance.now() + forSeconds * 1000; performance.now() < until; turn++) {
      const key = turn % 2 === 0 ? 'list' : 'alone';
      const started = performance.now();
      type List = { fkDecisionsEnding: readonly { person?: { id: string } | null }[] };
      const { fkDecisionsEnding: rows } = await requireGraphQL<List>('FK list', gatewayUrl, token, FK_LIST[key], {});
      if (measured) latencies[key].push(performance.now() - started);
      if (key === 'list') [counted.decisions, counted.people] = [rows.length, rows.filter((row) => row.person).length];
    }
  };
  context.progress(`api reads: the FK list, 1 s of warm-up, then ${2 * seconds} s in turn with the list alone`);
  await alternate(1, false);
  await alternate(2 * seconds, true);
  const subject = latencyMeasure('fkDecisionsEnding(months: 6) with the person fields, p50', latencies.list, 'p50');
  subject.detail = { ...subject.detail, ...counted };
  const baseline = latencyMeasure('fkDecisionsEnding(months: 6) { validTo } alone, p50', latencies.alone, 'p50');
  const note = `${goalInMs('p50', subject, FK_LIST_GOAL_MS)}; ratio: the list with the person fields / the list alone`;
  const row = versus('reads.fk-list.latency', subject, baseline, { note });
  const method =
    `The FK list: fkDecisionsEnding(months: 6), each person's homeKommun, fkDecision, fkAvslagCase, afJobSeeker, afReferrals and riskSignals ` +
    `(the gateway asks the journey, FK and AF subgraphs for every person), against the same list without the person fields, one request at a ` +
    `time (fetch, keep-alive), in turn: 1 s of warm-up, then ${2 * seconds} s; the demo journeys are told up to today, the day the list counts from.`;
  return { row, method };
}

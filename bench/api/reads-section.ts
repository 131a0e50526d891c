import { ratioOf, type BenchContext, type BenchRow, type BenchSection, type SectionResult } from '../section';
import { benchStack } from './bench-stack';
import { round } from './latency';
import { OVERVIEW_SUBGRAPHS, PERSON_OVERVIEW, PERSON_OVERVIEW_JOURNEY_PART } from './overview-queries';
import { merge, NO_READS, readMeasures, runReads, type ReadFigures, type ReadPath } from './read-runs';
import { readPoolSize, sharedReadTargets } from './read-targets';
import { FK_CASEWORKER } from './viewers';

export const READ_CONNECTIONS = 10;
const LATENCY_GOAL = { comparison: 'at most', ratio: 1.3 } as const;
const THROUGHPUT_GOAL = { comparison: 'at least', ratio: 0.6 } as const;

type PathName = 'direct' | 'gatewayPart' | 'gatewayOverview';

/** Reads: the person overview through the gateway against straight to the journey subgraph, at a fixed concurrency. */
export const readsSection: BenchSection = {
  id: 'reads',
  title: 'Reads: the person overview through the gateway and straight to its subgraph',
  run: runReadsSection,
};

async function runReadsSection(context: BenchContext): Promise<SectionResult> {
  const stack = await benchStack(context);
  const started = performance.now();
  const token = await stack.token(FK_CASEWORKER);
  const poolSize = readPoolSize(context.quick, stack.journeyIds.length);
  const seconds = context.quick ? 3 : 12;
  const pool = await sharedReadTargets(stack, token, poolSize, context.progress);
  if (pool.targets.length < READ_CONNECTIONS * 2) {
    throw new Error(
      `Only ${pool.targets.length} journeys answer the overview without errors (${pool.failed} failed: ${pool.firstFailure})`,
    );
  }
  const paths: Record<PathName, ReadPath> = {
    direct: {
      label: 'journey part straight to the journey subgraph',
      url: stack.journeySubgraphUrl,
      query: PERSON_OVERVIEW_JOURNEY_PART,
      variables: ({ journeyId }) => ({ id: journeyId }),
    },
    gatewayPart: {
      label: 'journey part through the gateway',
      url: stack.gatewayUrl,
      query: PERSON_OVERVIEW_JOURNEY_PART,
      variables: ({ journeyId }) => ({ id: journeyId }),
    },
    gatewayOverview: {
      label: `whole overview through the gateway (${OVERVIEW_SUBGRAPHS})`,
      url: stack.gatewayUrl,
      query: PERSON_OVERVIEW,
      variables: ({ journeyId, kommunkod }) => ({ id: journeyId, kommunkod }),
    },
  };
  // Quick: each path once. Full: there and back (A B C C B A), so that drift over the run falls on every path alike.
  const once: PathName[] = ['direct', 'gatewayPart', 'gatewayOverview'];
  const order = context.quick ? once : [...once, ...[...once].reverse()];
  const warmUpSeconds = context.quick ? 1 : 3;
  context.progress(`api reads: warming each path up for ${warmUpSeconds} s`);
  for (const name of once) await runReads(paths[name], pool.targets, token, READ_CONNECTIONS, warmUpSeconds);
  const figures: Record<PathName, ReadFigures> = { direct: NO_READS, gatewayPart: NO_READS, gatewayOverview: NO_READS };
  for (const [index, name] of order.entries()) {
    context.progress(
      `api reads: ${index + 1}/${order.length} ${paths[name].label}, ${seconds} s at ${READ_CONNECTIONS} connections`,
    );
    figures[name] = merge(figures[name], await runReads(paths[name], pool.targets, token, READ_CONNECTIONS, seconds));
  }
  const direct = readMeasures(paths.direct.label, figures.direct);
  const rowsFor = (name: Exclude<PathName, 'direct'>, id: string, note: string): BenchRow[] => {
    const subject = readMeasures(paths[name].label, figures[name]);
    return [
      {
        id: `${id}.latency`,
        subject: subject.latency,
        baseline: direct.latency,
        ratio: round(ratioOf(subject.latency.value, direct.latency.value), 3),
        goal: LATENCY_GOAL,
        note,
      },
      {
        id: `${id}.throughput`,
        subject: subject.throughput,
        baseline: direct.throughput,
        ratio: round(ratioOf(subject.throughput.value, direct.throughput.value), 3),
        goal: THROUGHPUT_GOAL,
        note,
      },
    ];
  };
  const failures = (Object.keys(figures) as PathName[])
    .filter((name) => figures[name].failed > 0)
    .map((name) => `${paths[name].label}: ${figures[name].failed} failed (${figures[name].firstFailure})`);
  const failureNote = failures.length > 0 ? ` FAILED ANSWERS: ${failures.join('; ')}.` : '';
  return {
    id: 'reads',
    title: readsSection.title,
    method:
      `autocannon, ${READ_CONNECTIONS} connections, ${order.length === 3 ? `${seconds} s per path` : `${seconds} s per path twice (A B C C B A)`} ` +
      `after ${warmUpSeconds} s of warm-up each, ` +
      `as an FK handläggare; every request asks for the next of ${pool.targets.length} demo journeys (of ${poolSize} checked: ` +
      `${pool.invisible} FK sees nothing of, ${pool.failed} answered with errors), so no two requests in flight are the same query. ` +
      `An answer counts only when HTTP 200 without errors and with a person; requests/s counts those. Latency ratios are of p50. ` +
      `Samsyn runs in its own process; the load generator shares the 2 cores. Store: ${stack.store}.` +
      (pool.failed > 0 ? ` Checking the journeys: ${pool.firstFailure}.` : ''),
    rows: [
      ...rowsFor(
        'gatewayOverview',
        'reads.overview',
        'subject: the whole overview through the gateway (journey + FK, AF and kommun fields, 4 subgraphs, each verifying the token, reading its read model and auditing the read); ' +
          'baseline: the overview’s journey-subgraph part (person, timeline, risk signals) straight to the journey subgraph — the subject does more work than the baseline.' +
          failureNote,
      ),
      ...rowsFor(
        'gatewayPart',
        'reads.journey-part',
        'like for like: the same journey-part query through the gateway and straight to the journey subgraph, so the ratio is the gateway’s own cost.' +
          failureNote,
      ),
    ],
    seconds: round((performance.now() - started) / 1000, 1) ?? 0,
  };
}

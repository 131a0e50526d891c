import { readStreamSql, type SqlClient } from '@samsyn/event-store';
import { journeyStreamId, readJourneyHistory } from '@samsyn/journey-commands';
import { READ_MODEL_PROJECTIONS } from '@samsyn/read-models';
import { timeInterleaved, type BenchRow, type BenchSection, type Goal } from '../harness';
import { personViewer, requireGraphQL, startGraphQL } from '../samsyn';
import { latencyMeasure, round, summarise, type Latency, versus } from '../stats';
import { createSizedStores } from './growth-stores';

/** The issue's goal: the timeline at the largest size at most 1.5 times as slow as at the smallest. */
const GOAL: Goal = { comparison: 'at most', ratio: 1.5 };
const SIZES = [10_000, 100_000, 1_000_000];
const JOURNEYS_OF_INTEREST = 20;

const TIMELINE_QUERY = `query Timeline($id: ID!) {
  person(id: $id) { id timeline { revision position occurredAt type author category label { sv en } } }
}`;

/** timeline: through the gateway over HTTP; streamRead: the store's part alone, in process; plan: of the first journey's read. */
type SizeFigures = { events: number; timeline: Latency; streamRead: Latency; plan: string };

export const growthSection: BenchSection = {
  id: 'growth',
  title: 'Timeline latency as the store grows',
  async run(context) {
    const counts = context.quick ? { warmUp: 10, samples: 200 } : { warmUp: 100, samples: 1_000 };
    const sized = await createSizedStores(context, SIZES);
    context.progress(`starting the subgraphs and the gateway over each of the ${sized.stores.length} stores`);
    const stacks = [];
    const projections = READ_MODEL_PROJECTIONS.map(({ name }) => name);
    for (const store of sized.stores)
      stacks.push({ ...store, graphql: await startGraphQL(context, store.resources, projections) });
    context.progress(`measuring at ${stacks.map((size) => size.events).join(', ')} events, interleaved`);
    const step = Math.max(1, Math.floor(sized.journeyIds.length / JOURNEYS_OF_INTEREST));
    const journeyIds = sized.journeyIds.filter((_, index) => index % step === 0).slice(0, JOURNEYS_OF_INTEREST);
    const journeyOf = (round: number): string => journeyIds[round % journeyIds.length] ?? '';
    // Tokens signed before timing, so that no sample holds a signature.
    for (const size of stacks) for (const id of journeyIds) await size.graphql.tokens.token(personViewer(id));
    // Timeline entries of each journey asked for: the same at every size.
    const entries = new Map<string, number>();
    const timelines = await timeInterleaved(stacks, counts, async (size, round) => {
      const journeyId = journeyOf(round);
      const [url, token] = [size.graphql.samsyn.gatewayUrl, await size.graphql.tokens.token(personViewer(journeyId))];
      type Timeline = { person: { timeline: readonly unknown[] } | null };
      const { person } = await requireGraphQL<Timeline>('timeline', url, token, TIMELINE_QUERY, { id: journeyId });
      const seen = person?.timeline.length;
      if (seen === undefined || seen !== (entries.get(journeyId) ?? seen))
        throw new Error(`The timeline of ${journeyId} had ${entries.get(journeyId)} entries, then ${seen}`);
      entries.set(journeyId, seen);
    });
    const streamReads = await timeInterleaved(stacks, counts, (size, round) =>
      readJourneyHistory(size.resources.store, size.resources.keys, journeyOf(round)),
    );
    const sizes: SizeFigures[] = [];
    for (const size of stacks) {
      const [timeline, streamRead] = [timelines, streamReads].map((latencies) => summarise(latencies.get(size) ?? []));
      const plan = await explainStreamRead(size.resources.sql, journeyOf(0));
      sizes.push({ events: size.events, timeline: timeline as Latency, streamRead: streamRead as Latency, plan });
    }
    for (const stack of stacks.reverse()) await stack.graphql.close();
    await sized.close();
    const meanEntries = [...entries.values()].reduce((total, count) => total + count, 0) / Math.max(entries.size, 1);
    return {
      method: [
        `PostgreSQL (${sized.origin}), one database per size: ${sized.journeyIds.length} demo journeys (seed 2023) written through importJourney and their person directory`,
        `make the smallest; the others are copies of it (CREATE DATABASE … TEMPLATE) grown with copies of its encrypted event rows under new journey streams (insert … select;`,
        `positions from the store's defaults), then ANALYZE (autovacuum off). Sizes ${sizes.map((size) => size.events).join(', ')} events. Every subgraph and the gateway run`,
        `in this process over each store; the same ${entries.size} journeys (${meanEntries.toFixed(1)} events each on average) in turn, the sizes interleaved request by`,
        `request: ${counts.warmUp} unmeasured then ${counts.samples} timed rounds of person(id) { timeline { … } } through the Hive gateway over HTTP, one request at a time,`,
        `with the person's own token (every event visible; the reads audited as always); then as many rounds of readJourneyHistory in process (the store's part: stream read`,
        `and decryption).`,
      ].join(' '),
      rows: growthRows(sizes),
      series: (['p50', 'p99'] as const).map((percentile) => ({
        label: `timeline ${percentile}`,
        unit: 'ms',
        points: sizes.map((size) => ({ x: size.events, y: round(size.timeline[`${percentile}Ms`]) })),
      })),
    };
  },
};

// For each percentile: the timeline at every larger size against the smallest (the goal on the largest), then
// the same for the stream read alone at the largest, which tells the store's share.
function growthRows(sizes: readonly SizeFigures[]): BenchRow[] {
  const [smallest, ...larger] = sizes;
  const largest = larger.at(-1);
  if (!smallest || !largest) return [];
  const row = (kind: 'timeline' | 'streamRead', percentile: 'p50' | 'p99', size: SizeFigures): BenchRow => {
    const what = kind === 'timeline' ? 'timeline query' : 'stream read (readJourneyHistory)';
    const measure = (figures: SizeFigures) =>
      latencyMeasure(`${what} ${percentile}, ${figures.events} events`, figures[kind], percentile);
    const [subject, baseline] = [measure(size), measure(smallest)];
    const sizeLabel = size.events >= 1e6 ? `${Math.round(size.events / 1e6)}M` : `${Math.round(size.events / 1e3)}k`;
    const plans = `plan of the stream read at ${size.events} events: ${size.plan}; at ${smallest.events}: ${smallest.plan}`;
    const id = `growth.${kind === 'timeline' ? 'timeline' : 'stream-read'}.${percentile}.${sizeLabel}`;
    const more = kind === 'timeline' ? (size === largest ? { goal: GOAL } : {}) : { note: plans };
    return versus(id, subject, baseline, more);
  };
  return [
    ...(['p50', 'p99'] as const).flatMap((percentile) => larger.map((size) => row('timeline', percentile, size))),
    ...(['p50', 'p99'] as const).map((percentile) => row('streamRead', percentile, largest)),
  ];
}

type PlanNode = { 'Node Type': string; 'Index Name'?: string; 'Relation Name'?: string; Plans?: PlanNode[] } & {
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
};

async function explainStreamRead(sql: SqlClient, journeyId: string): Promise<string> {
  const [row] = await sql.query<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] }>(
    `explain (analyze, buffers, format json) ${readStreamSql('forwards')}`,
    [journeyStreamId(journeyId), '0', null],
  );
  const explained = row?.['QUERY PLAN'][0];
  if (!explained) return 'no plan';
  const describe = (node: PlanNode): string => {
    const index = node['Index Name'] && ` using ${node['Index Name']}`;
    const on = index || (node['Relation Name'] ? ` on ${node['Relation Name']}` : '');
    const children = node.Plans?.map(describe).join(', ');
    return `${node['Node Type']}${on}${children ? ` (${children})` : ''}`;
  };
  const { Plan: plan } = explained;
  const buffers = `${plan['Shared Hit Blocks'] ?? 0} hit, ${plan['Shared Read Blocks'] ?? 0} read`;
  return `${describe(plan)}; ${explained['Execution Time'].toFixed(3)} ms, buffers ${buffers}`;
}

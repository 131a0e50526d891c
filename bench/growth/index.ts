import { performance } from 'node:perf_hooks';
import type { BenchContext, BenchSection, SectionResult } from '../section';
import { createBenchAuth } from './bench-auth';
import { measureSizes, type Measured, type SizeUnderTest } from './measure-sizes';
import { growthOptions, type GrowthOptions } from './options';
import { growthRows, growthSeries } from './report-rows';
import { createSizedStores } from './sized-stores';
import { startTimelineStack, type TimelineStack } from './timeline-stack';

const ID = 'growth';
const TITLE = 'Timeline latency as the store grows';

/** `npm run bench` section `growth`: the same journeys' timelines with 10 thousand, 100 thousand and 1 million events stored. */
export const growthSection: BenchSection = {
  id: ID,
  title: TITLE,
  async run(context): Promise<SectionResult> {
    const started = performance.now();
    const options = growthOptions(context.quick);
    const growth = await measureGrowth(options, context);
    return {
      id: ID,
      title: TITLE,
      method: describeMethod(options, growth),
      rows: growthRows(growth.measured.sizes),
      series: growthSeries(growth.measured.sizes),
      seconds: (performance.now() - started) / 1_000,
    };
  },
};

interface Growth {
  readonly measured: Measured;
  readonly realJourneys: number;
  readonly origin: string;
}

async function measureGrowth(options: GrowthOptions, context: BenchContext): Promise<Growth> {
  const sized = await createSizedStores(options.sizes, context);
  const auth = await createBenchAuth();
  const stacks: TimelineStack[] = [];
  try {
    context.progress(`starting the subgraphs and the gateway over each of the ${sized.stores.length} stores`);
    const sizes: SizeUnderTest[] = [];
    for (const store of sized.stores) {
      const stack = await startTimelineStack(store.resources, auth);
      stacks.push(stack);
      sizes.push({ events: store.events, resources: store.resources, gatewayUrl: stack.gatewayUrl });
    }
    context.progress(`measuring at ${sizes.map((size) => size.events).join(', ')} events, interleaved`);
    const journeyIds = pickJourneys(sized.journeyIds, options.journeysOfInterest);
    const measured = await measureSizes(sizes, journeyIds, auth, options);
    return { measured, realJourneys: sized.journeyIds.length, origin: sized.origin };
  } finally {
    for (const stack of stacks.reverse()) await stack.close();
    await auth.close();
    await sized.close();
  }
}

/** `count` journeys spread evenly over those written. */
function pickJourneys(ids: readonly string[], count: number): string[] {
  const step = Math.max(1, Math.floor(ids.length / count));
  return ids.filter((_, index) => index % step === 0).slice(0, count);
}

function describeMethod(options: GrowthOptions, { measured, realJourneys, origin }: Growth): string {
  const entries = [...measured.entries.values()];
  const meanEntries = entries.reduce((total, count) => total + count, 0) / Math.max(entries.length, 1);
  return [
    `PostgreSQL (${origin}), one database per size: ${realJourneys} demo journeys (seed 2023) written through importJourney and their`,
    `person directory make the smallest; the others are copies of it (CREATE DATABASE … TEMPLATE) grown with copies of its encrypted`,
    `event rows under new journey streams (insert … select; positions from the store's defaults), then ANALYZE (autovacuum off).`,
    `Sizes ${measured.sizes.map((size) => size.events).join(', ')} events. Every subgraph and the gateway run in this process over each`,
    `store; the same ${entries.length} journeys (${meanEntries.toFixed(1)} events each on average) in turn, the sizes interleaved request`,
    `by request: ${options.warmUp} unmeasured then ${options.samples} timed rounds of person(id) { timeline { … } } through the Hive gateway`,
    `over HTTP, one request at a time, with the person's own token (every event visible; the reads audited as always); then as many`,
    `rounds of readJourneyHistory in process (the store's part: stream read and decryption).`,
  ].join(' ');
}

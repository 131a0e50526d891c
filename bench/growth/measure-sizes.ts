import { readJourneyHistory } from '@samsyn/journey-commands';
import type { SamsynResources } from '@samsyn/runtime';
import type { BenchAuth } from './bench-auth';
import { timeInterleaved } from './interleaved';
import { summarise, type Latency } from './latency';
import { explainStreamRead } from './stream-plan';
import { requestTimeline } from './timeline-request';

/** One store under test: its size, its resources and the gateway over it. */
export interface SizeUnderTest {
  readonly events: number;
  readonly resources: SamsynResources;
  readonly gatewayUrl: string;
}

export interface SizeFigures {
  /** Events in the store. */
  readonly events: number;
  /** `person(id) { timeline }` through the gateway, over HTTP. */
  readonly timeline: Latency;
  /** The store's part alone: the journey's stream read and decrypted (`readJourneyHistory`), in process. */
  readonly streamRead: Latency;
  /** EXPLAIN ANALYZE of the stream read of the first journey. */
  readonly plan: string;
}

export interface Measured {
  readonly sizes: readonly SizeFigures[];
  /** Timeline entries of each journey asked for: the same at every size. */
  readonly entries: ReadonlyMap<string, number>;
}

/**
 * The same journeys, in turn, at every size interleaved: first their timelines through each store's
 * gateway, then their streams read directly from each store.
 */
export async function measureSizes(
  sizes: readonly SizeUnderTest[],
  journeyIds: readonly string[],
  auth: BenchAuth,
  counts: { readonly warmUp: number; readonly samples: number },
): Promise<Measured> {
  const journeyOf = (round: number): string => journeyIds[round % journeyIds.length] ?? '';
  const entries = new Map<string, number>();
  const timelines = await timeInterleaved(sizes, counts, async (size, round) => {
    const journeyId = journeyOf(round);
    const seen = await requestTimeline(size.gatewayUrl, await auth.personToken(journeyId), journeyId);
    const expected = entries.get(journeyId);
    if (expected === undefined) entries.set(journeyId, seen);
    else if (seen !== expected)
      throw new Error(`The timeline of ${journeyId} had ${expected} entries, at ${size.events} events ${seen}`);
  });
  const streamReads = await timeInterleaved(sizes, counts, (size, round) =>
    readJourneyHistory(size.resources.store, size.resources.keys, journeyOf(round)),
  );
  const figures: SizeFigures[] = [];
  for (const size of sizes) {
    figures.push({
      events: size.events,
      timeline: timelines.get(size) ?? summarise([]),
      streamRead: streamReads.get(size) ?? summarise([]),
      plan: await explainStreamRead(size.resources.sql, journeyOf(0)),
    });
  }
  return { sizes: figures, entries };
}

import type { BenchStack } from './bench-stack';
import { graphqlVerifier, runLoad, type LoadRequest, type LoadResult } from './load';
import { overviewRequests } from './read-runs';
import type { ReadTarget } from './read-targets';
import { PERSON_OVERVIEW } from './overview-queries';
import { SCHEDULE_MEETING_MUTATION, scheduleMeetingVariables } from './schedule-meeting';

export interface MixedLoadOptions {
  seconds: number;
  readConnections: number;
  writeConnections: number;
  /** Fixed rates in requests/s; none: as fast as answers come. */
  readRate?: number;
  writeRate?: number;
}

/** ScheduleMeeting mutations through the gateway, each on the next journey, each with a fresh commandId. */
export function meetingWrites(journeyIds: readonly string[]): LoadRequest {
  let next = 0;
  return {
    nextBody: () => {
      const number = next++;
      return JSON.stringify({
        query: SCHEDULE_MEETING_MUTATION,
        variables: scheduleMeetingVariables(journeyIds[number % journeyIds.length]!, number),
      });
    },
    verify: graphqlVerifier((body) =>
      body.includes('"MeetingScheduled"') ? null : 'no MeetingScheduled in the receipt',
    ),
  };
}

/** What a client mix does to Samsyn: overview reads and ScheduleMeeting writes through the gateway at once. */
export async function runMixedLoad(
  stack: BenchStack,
  token: string,
  targets: readonly ReadTarget[],
  options: MixedLoadOptions,
): Promise<{ reads: LoadResult; writes: LoadResult }> {
  const overview = {
    label: 'overview',
    url: stack.gatewayUrl,
    query: PERSON_OVERVIEW,
    variables: (target: ReadTarget) => ({ id: target.journeyId, kommunkod: target.kommunkod }),
  };
  const [reads, writes] = await Promise.all([
    runLoad({
      url: stack.gatewayUrl,
      token,
      connections: options.readConnections,
      seconds: options.seconds,
      ...(options.readRate ? { overallRate: options.readRate } : {}),
      request: overviewRequests(overview, targets),
    }),
    runLoad({
      url: stack.gatewayUrl,
      token,
      connections: options.writeConnections,
      seconds: options.seconds,
      ...(options.writeRate ? { overallRate: options.writeRate } : {}),
      request: meetingWrites(stack.journeyIds),
    }),
  ]);
  return { reads, writes };
}

import type { BenchStack, BusRun } from './bench-stack';
import { failureOf, postGraphQL } from './graphql-post';
import type { BusCommand } from './protocol';
import {
  COMMAND_AUTHOR,
  SCHEDULE_MEETING_MUTATION,
  scheduleMeetingData,
  scheduleMeetingInput,
} from './schedule-meeting';
import { randomUUID } from 'node:crypto';

export type CommandPath = 'gateway' | 'subgraph' | 'bus';

/** Hands out journeys in turn, so that consecutive commands (of any path) go to different journeys. */
export class JourneyRotation {
  private next = 0;
  constructor(private readonly journeyIds: readonly string[]) {
    if (journeyIds.length === 0) throw new Error('No journeys to send commands to');
  }
  take(count: number): { journeyId: string; number: number }[] {
    return Array.from({ length: count }, () => {
      const number = this.next++;
      return { journeyId: this.journeyIds[number % this.journeyIds.length]!, number };
    });
  }
}

/** Sends `count` ScheduleMeeting commands one after another along `path`; each command's own time. */
export async function runCommands(
  stack: BenchStack,
  token: string,
  path: CommandPath,
  targets: { journeyId: string; number: number }[],
): Promise<BusRun> {
  if (path === 'bus') {
    const commands: BusCommand[] = targets.map(({ journeyId, number }) => ({
      journeyId,
      commandId: randomUUID(),
      data: scheduleMeetingData(number),
    }));
    return stack.runOnBus(COMMAND_AUTHOR, commands);
  }
  const url = path === 'gateway' ? stack.gatewayUrl : stack.journeySubgraphUrl;
  const durationsMs: number[] = [];
  let failures = 0;
  let firstError: string | null = null;
  for (const { journeyId, number } of targets) {
    const variables = { journeyId, commandId: randomUUID(), input: scheduleMeetingInput(scheduleMeetingData(number)) };
    const started = performance.now();
    const answer = await postGraphQL(url, token, SCHEDULE_MEETING_MUTATION, variables);
    const ms = performance.now() - started;
    const receipt = answer.data?.['scheduleMeeting'] as { events?: string[] } | undefined;
    const failure = failureOf(answer) ?? (receipt?.events?.length === 1 ? null : 'no MeetingScheduled in the receipt');
    if (failure) {
      failures++;
      firstError ??= failure;
    } else durationsMs.push(ms);
  }
  return { durationsMs, failures, firstError };
}

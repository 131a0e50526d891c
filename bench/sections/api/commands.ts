import type { BenchSection, Measure } from '../../harness';
import { askGraphQL, FK_CASEWORKER } from '../../samsyn';
import { round, summarise, versus } from '../../stats';
import { SCHEDULE_MEETING_MUTATION, busCommand, scheduleMeetingVariables } from './queries';
import { benchStack, type BenchStack, type CommandRun } from './stack';

type CommandPath = 'gateway' | 'subgraph' | 'bus';
const PATHS: readonly CommandPath[] = ['gateway', 'subgraph', 'bus'];
const GATEWAY_NOTE =
  'gateway: HTTP → Hive Gateway → journey subgraph; baseline: the same mutation posted to the journey subgraph';
const SUBGRAPH_NOTE =
  'the difference is HTTP, GraphQL parsing/validation, JWT verification and input validation in the subgraph';
const LABELS: Record<CommandPath, string> = {
  gateway: 'mutation through the gateway',
  subgraph: 'mutation straight to the journey subgraph',
  bus: 'in-process command bus',
};

/** Commands end to end: one mutation through the gateway, straight to the journey subgraph, and on the command bus. */
export const commandsSection: BenchSection = {
  id: 'commands',
  title: 'Commands end to end: gateway, journey subgraph, command bus',
  async run(context) {
    const stack = await benchStack(context);
    const token = await stack.token(FK_CASEWORKER);
    const [rounds, perRound, warmUp] = context.quick ? [3, 30, 10] : [6, 100, 50];
    // Journeys in turn, so that consecutive commands (of any path) go to different journeys.
    let next = 0;
    const journeyAt = (number: number) => stack.journeyIds[number % stack.journeyIds.length] ?? '';
    const take = (count: number) =>
      Array.from({ length: count }, () => ({ journeyId: journeyAt(next), number: next++ }));
    for (const path of PATHS) await runCommands(stack, token, path, take(warmUp));
    const runs = { gateway: noRun(), subgraph: noRun(), bus: noRun() };
    // Interleaved rounds, each starting with another path, so that all three see the same streams and the same machine.
    for (let round = 0; round < rounds; round++) {
      context.progress(`api commands: round ${round + 1}/${rounds}`);
      for (let index = 0; index < PATHS.length; index++) {
        const path = PATHS[(round + index) % PATHS.length] as CommandPath;
        const run = await runCommands(stack, token, path, take(perRound));
        runs[path].durationsMs.push(...run.durationsMs);
        runs[path].failures += run.failures;
        runs[path].firstError ??= run.firstError;
      }
    }
    const [gateway, subgraph, bus] = PATHS.map((path): Measure => {
      const { samples, p50Ms, p99Ms, meanMs } = summarise(runs[path].durationsMs);
      const detail = { p50Ms: round(p50Ms), p99Ms: round(p99Ms), meanMs: round(meanMs) };
      const commandsPerSecond = round(meanMs ? 1000 / meanMs : null, 1);
      const more = { commandsPerSecond, commands: samples, failed: runs[path].failures };
      return { label: LABELS[path], value: detail.p50Ms, unit: 'ms', detail: { ...detail, ...more } };
    }) as [Measure, Measure, Measure];
    const failureNote = PATHS.filter((path) => runs[path].failures > 0)
      .map((path) => `${path}: ${runs[path].failures} failed (${runs[path].firstError})`)
      .join('; ');
    return {
      method:
        `ScheduleMeeting as an FK handläggare, one command at a time, each on the next of ${stack.journeyIds.length} demo journeys ` +
        `with a fresh meetingId and commandId: ${rounds} interleaved rounds of ${perRound} per path after ${warmUp} warm-up commands each. ` +
        `Ratios are of p50 latency. The bus path runs inside the Samsyn process (JourneyCommandSender → the journey subgraph app's ` +
        `CommandBus.execute, timed there); the HTTP paths are timed by the bench process (fetch, keep-alive). Store: ${stack.store}.`,
      rows: [
        versus('commands.gateway-vs-subgraph', gateway, subgraph, { note: failureNote || GATEWAY_NOTE }),
        versus('commands.subgraph-vs-bus', subgraph, bus, { note: SUBGRAPH_NOTE }),
      ],
    };
  },
};

async function runCommands(
  stack: BenchStack,
  token: string,
  path: CommandPath,
  targets: { journeyId: string; number: number }[],
): Promise<CommandRun> {
  if (path === 'bus') return stack.runOnBus(targets.map(({ journeyId, number }) => busCommand(journeyId, number)));
  const url = path === 'gateway' ? stack.gatewayUrl : stack.journeySubgraphUrl;
  const run = noRun();
  for (const { journeyId, number } of targets) {
    const variables = scheduleMeetingVariables(journeyId, number);
    const started = performance.now();
    type Receipt = { scheduleMeeting?: { events?: string[] } };
    const answer = await askGraphQL<Receipt>(url, token, SCHEDULE_MEETING_MUTATION, variables);
    const ms = performance.now() - started;
    const receipt = answer.data?.scheduleMeeting?.events?.length === 1 ? null : 'no MeetingScheduled in the receipt';
    const failure = answer.failure ?? receipt;
    if (failure) run.firstError ??= failure;
    if (failure) run.failures++;
    else run.durationsMs.push(ms);
  }
  return run;
}

const noRun = (): CommandRun => ({ durationsMs: [], failures: 0, firstError: null });

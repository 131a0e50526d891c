import { ratioOf, type BenchContext, type BenchSection, type Measure, type SectionResult } from '../section';
import { benchStack } from './bench-stack';
import { JourneyRotation, runCommands, type CommandPath } from './command-runs';
import { round, summarise } from './latency';
import { FK_CASEWORKER } from './viewers';

const PATHS: readonly CommandPath[] = ['gateway', 'subgraph', 'bus'];
const LABELS: Record<CommandPath, string> = {
  gateway: 'mutation through the gateway',
  subgraph: 'mutation straight to the journey subgraph',
  bus: 'in-process command bus',
};

/** Commands end to end: one mutation through the gateway, straight to the journey subgraph, and on the command bus. */
export const commandsSection: BenchSection = {
  id: 'commands',
  title: 'Commands end to end: gateway, journey subgraph, command bus',
  run: runCommandsSection,
};

async function runCommandsSection(context: BenchContext): Promise<SectionResult> {
  const stack = await benchStack(context);
  const started = performance.now();
  const token = await stack.token(FK_CASEWORKER);
  const rounds = context.quick ? 3 : 6;
  const perRound = context.quick ? 30 : 100;
  const warmUp = context.quick ? 10 : 50;
  const rotation = new JourneyRotation(stack.journeyIds);
  for (const path of PATHS) await runCommands(stack, token, path, rotation.take(warmUp));
  const durations: Record<CommandPath, number[]> = { gateway: [], subgraph: [], bus: [] };
  const failures: Record<CommandPath, { count: number; first: string | null }> = {
    gateway: { count: 0, first: null },
    subgraph: { count: 0, first: null },
    bus: { count: 0, first: null },
  };
  // Interleaved rounds, each starting with another path, so that all three see the same streams and the same machine.
  for (let round = 0; round < rounds; round++) {
    context.progress(`api commands: round ${round + 1}/${rounds}`);
    for (let index = 0; index < PATHS.length; index++) {
      const path = PATHS[(round + index) % PATHS.length]!;
      const run = await runCommands(stack, token, path, rotation.take(perRound));
      durations[path].push(...run.durationsMs);
      failures[path].count += run.failures;
      failures[path].first ??= run.firstError;
    }
  }
  const measure = (path: CommandPath): Measure => {
    const summary = summarise(durations[path]);
    return {
      label: LABELS[path],
      value: round(summary.p50Ms, 3),
      unit: 'ms',
      detail: {
        p50Ms: round(summary.p50Ms, 3),
        p99Ms: round(summary.p99Ms, 3),
        meanMs: round(summary.meanMs, 3),
        commandsPerSecond: round(summary.perSecond, 1),
        commands: summary.count,
        failed: failures[path].count,
      },
    };
  };
  const failureNote = PATHS.filter((path) => failures[path].count > 0)
    .map((path) => `${path}: ${failures[path].count} failed (${failures[path].first})`)
    .join('; ');
  const gateway = measure('gateway');
  const subgraph = measure('subgraph');
  const bus = measure('bus');
  return {
    id: 'commands',
    title: commandsSection.title,
    method:
      `ScheduleMeeting as an FK handläggare, one command at a time, each on the next of ${stack.journeyIds.length} demo journeys ` +
      `with a fresh meetingId and commandId: ${rounds} interleaved rounds of ${perRound} per path after ${warmUp} warm-up commands each. ` +
      `Ratios are of p50 latency. The bus path runs inside the Samsyn process (JourneyCommandSender → the journey subgraph app's ` +
      `CommandBus.execute, timed there); the HTTP paths are timed by the bench process (fetch, keep-alive). Store: ${stack.store}.`,
    rows: [
      {
        id: 'commands.gateway-vs-subgraph',
        subject: gateway,
        baseline: subgraph,
        ratio: round(ratioOf(gateway.value, subgraph.value), 3),
        note:
          failureNote ||
          'gateway: HTTP → Hive Gateway → journey subgraph; baseline: the same mutation posted to the journey subgraph',
      },
      {
        id: 'commands.subgraph-vs-bus',
        subject: subgraph,
        baseline: bus,
        ratio: round(ratioOf(subgraph.value, bus.value), 3),
        note: 'the difference is HTTP, GraphQL parsing/validation, JWT verification and input validation in the subgraph',
      },
    ],
    seconds: round((performance.now() - started) / 1000, 1) ?? 0,
  };
}

import 'reflect-metadata';
import { comparePositions, parsePosition, type Position } from '@samsyn/event-store';
import type { ProjectionRunner } from '@samsyn/projections';
import { READ_MODEL_PROJECTIONS } from '@samsyn/read-models';
import { JourneyCommandSender } from '@samsyn/subgraph';
import { closeOnSignal, openSamsynProcess } from '@samsyn/subgraph';
import { startSamsyn } from '../../../apps/samsyn/src/start-samsyn';
import { waitForReadModels } from '../../../apps/samsyn/src/wait-for-read-models';
import { describeError, sleep } from '../../harness';
import { importDemoJourneys } from '../../demo';
import type { BusCommand, ChildMessage, CommandRun, ParentMessage } from './stack';

const PROJECTION_NAMES = READ_MODEL_PROJECTIONS.map(({ name }) => name);
const WRITER = { subject: 'bench', organisation: 'FK', role: 'handlaggare', purpose: 'bench' };
type BusMessage = Extract<ParentMessage, { kind: 'bus' }>;

// The Samsyn process the API bench measures: what `npm start` starts — the store, the projection runner, the
// demo data, every subgraph and the gateway in one process — except that it listens on free ports and answers
// the bench over IPC: runs of commands on the journey subgraph's bus, and its memory usage.
async function main(env: NodeJS.ProcessEnv): Promise<void> {
  const tell = (message: ChildMessage) => process.send?.(message);
  const say = (line: string) => tell({ kind: 'progress', line });
  const samsyn = await openSamsynProcess(env);
  say(`Samsyn (bench) is starting — ${samsyn.describe()}`);
  const every = Math.max(1, Number(env['SAMSYN_BENCH_DEMO_EVERY'] ?? 1));
  // Told up to today, as `npm start` loads it: the lists that count from today (decisions ending) see what it sees.
  const options = { seeds: [2023], today: new Date().toISOString().slice(0, 10), every, concurrency: 4, progress: say };
  const demo = await importDemoJourneys(samsyn.resources, options);
  // As the demo loader does: without statistics the read models would catch up in quadratic time.
  await samsyn.resources.sql.query('analyze samsyn_events');
  say(`demo data: ${demo.journeys} journeys, ${demo.events} events in ${demo.seconds.toFixed(1)} s`);
  await waitForReadModels(samsyn.runner, READ_MODEL_PROJECTIONS, say);
  const stack = await startSamsyn(samsyn.context, { host: '127.0.0.1', gatewayPort: 0, subgraphPorts: 'free' });
  const journeyApp = stack.apps['journey'];
  const journeySubgraphUrl = stack.subgraphUrls['journey'];
  if (!journeyApp || !journeySubgraphUrl) throw new Error('The journey subgraph was not started');
  const sender = journeyApp.get(JourneyCommandSender);
  closeOnSignal(() => stack.close().then(() => samsyn.close()));
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  process.on('message', (message: ParentMessage) => {
    if (message.kind === 'bus')
      void runOnBus(sender, samsyn.runner, message).then((run) => tell({ kind: 'answer', run }));
    if (message.kind === 'memory') {
      if (message.collectFirst) globalThis.gc?.();
      tell({ kind: 'answer', usage: process.memoryUsage() });
    }
  });
  const rows = await samsyn.resources.sql.query<{ id: string }>(
    'select journey_id::text as id from samsyn_person_index order by journey_id',
  );
  const store = { postgres: 'PostgreSQL', pglite: 'PGlite' }[samsyn.config.kind as string] ?? samsyn.config.kind;
  const journeyIds = rows.map((row) => row.id);
  tell({ kind: 'ready', gatewayUrl: stack.gatewayUrl, journeySubgraphUrl, journeyIds, demoEvents: demo.events, store });
}

// The commands through JourneyCommandSender → CommandBus.execute, as the mutation's resolver calls it: one after
// another, or at `ratePerSecond` each on time whatever the others do, with how long until the read models applied it.
async function runOnBus(
  sender: JourneyCommandSender,
  runner: ProjectionRunner,
  { commands, ratePerSecond }: BusMessage,
) {
  const run: CommandRun = { durationsMs: [], lagsMs: [], failures: 0, firstError: null };
  const fail = (error: unknown, count = 1) => {
    run.failures += count;
    run.firstError ??= describeError(error, false);
  };
  // One wait at a time (the reader's, behind consistentWith, woken by this process's runner) for the latest
  // receipt: once it is applied so is every one before it. A wait per receipt would measure their own queries.
  const receipts: { position: Position; at: number }[] = [];
  let waiting: Promise<void> | undefined;
  const waitForReceipts = async () => {
    for (let taken = receipts.splice(0); taken.length > 0; taken = receipts.splice(0)) {
      const latest = taken.reduce((a, b) => (comparePositions(a.position, b.position) >= 0 ? a : b));
      await runner.waitFor(PROJECTION_NAMES, latest.position, 30_000).then(
        () => run.lagsMs?.push(...taken.map(({ at }) => performance.now() - at)),
        (error: unknown) => fail(error, taken.length),
      );
    }
    waiting = undefined;
  };
  const send = async (command: BusCommand) => {
    const started = performance.now();
    try {
      const receipt = await sender.send('ScheduleMeeting', command.journeyId, command.data, WRITER, command.commandId);
      const at = performance.now();
      if (receipt.events.length !== 1 || !receipt.position)
        throw new Error(`expected one event, got ${receipt.events.join(', ')}`);
      run.durationsMs.push(at - started);
      if (ratePerSecond) receipts.push({ position: parsePosition(receipt.position), at });
      if (ratePerSecond) waiting ??= waitForReceipts();
    } catch (error) {
      fail(error);
    }
  };
  const started = performance.now();
  const due = (index: number, rate: number) => sleep(started + (index * 1000) / rate - performance.now());
  if (!ratePerSecond) for (const command of commands) await send(command);
  else await Promise.all(commands.map((command, index) => due(index, ratePerSecond).then(() => send(command))));
  await waiting;
  return run;
}

void main(process.env).catch((error: unknown) => {
  process.send?.({ kind: 'failed', message: describeError(error) } satisfies ChildMessage);
  process.exit(1);
});

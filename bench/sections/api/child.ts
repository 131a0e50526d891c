import 'reflect-metadata';
import { READ_MODEL_PROJECTIONS } from '@samsyn/read-models';
import { JourneyCommandSender } from '@samsyn/subgraph';
import { closeOnSignal, openSamsynProcess } from '@samsyn/subgraph';
import { startSamsyn } from '../../../apps/samsyn/src/start-samsyn';
import { waitForReadModels } from '../../../apps/samsyn/src/wait-for-read-models';
import { describeError } from '../../harness';
import { importDemoJourneys } from '../../demo';
import type { BusCommand, ChildMessage, CommandRun, ParentMessage } from './stack';

// The Samsyn process the API bench measures: what `npm start` starts — the store, the projection runner, the
// demo data, every subgraph and the gateway in one process — except that it listens on free ports and answers
// the bench over IPC: runs of commands on the journey subgraph's bus, and its memory usage.
async function main(env: NodeJS.ProcessEnv): Promise<void> {
  const tell = (message: ChildMessage) => process.send?.(message);
  const say = (line: string) => tell({ kind: 'progress', line });
  const samsyn = await openSamsynProcess(env);
  say(`Samsyn (bench) is starting — ${samsyn.describe()}`);
  const every = Math.max(1, Number(env['SAMSYN_BENCH_DEMO_EVERY'] ?? 1));
  const today = new Date().toISOString().slice(0, 10);
  const demo = await importDemoJourneys(samsyn.resources, {
    seeds: [2023],
    today,
    every,
    concurrency: 4,
    progress: say,
  });
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
    if (message.kind === 'bus') void runOnBus(sender, message).then((run) => tell({ kind: 'answer', run }));
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

/** The commands one after another through JourneyCommandSender → CommandBus.execute, as the mutation's resolver calls it. */
async function runOnBus(sender: JourneyCommandSender, { commands }: { commands: BusCommand[] }): Promise<CommandRun> {
  const run: CommandRun = { durationsMs: [], failures: 0, firstError: null };
  const writer = { subject: 'bench', organisation: 'FK', role: 'handlaggare', purpose: 'bench' };
  for (const command of commands) {
    const started = performance.now();
    try {
      const receipt = await sender.send('ScheduleMeeting', command.journeyId, command.data, writer, command.commandId);
      const ms = performance.now() - started;
      if (receipt.events.length !== 1) throw new Error(`expected one event, got ${receipt.events.join(', ')}`);
      run.durationsMs.push(ms);
    } catch (error) {
      run.failures++;
      run.firstError ??= describeError(error, false);
    }
  }
  return run;
}

void main(process.env).catch((error: unknown) => {
  process.send?.({ kind: 'failed', message: describeError(error) } satisfies ChildMessage);
  process.exit(1);
});

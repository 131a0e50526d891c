import 'reflect-metadata';
import { JourneyCommandSender } from '@samsyn/subgraph';
import { READ_MODEL_PROJECTIONS } from '@samsyn/read-models';
import { closeOnSignal, openSamsynProcess } from '@samsyn/subgraph';
import { startSamsyn } from '../../apps/samsyn/src/start-samsyn';
import { waitForReadModels } from '../../apps/samsyn/src/wait-for-read-models';
import type { ChildMessage, ParentMessage } from './protocol';
import { loadDemoJourneys } from './demo-journeys';
import { COMMAND_TYPE } from './schedule-meeting';

/**
 * The Samsyn process the API bench measures: what apps/samsyn/src/main.ts (`npm start`) starts — the store,
 * the projection runner, the demo data, every subgraph and the gateway in one process — except that the
 * subgraphs and the gateway listen on free ports (so the bench never collides with a running Samsyn), and
 * that it answers the bench over IPC: the journey ids, runs of commands on the journey subgraph's bus, and its
 * memory usage (the bench starts it with --expose-gc, which only makes gc() callable, for the soak's heap after
 * a full collection).
 */
async function main(env: NodeJS.ProcessEnv): Promise<void> {
  const started = performance.now();
  const tell = (message: ChildMessage) => process.send?.(message);
  const say = (line: string) => tell({ kind: 'progress', line });
  const samsyn = await openSamsynProcess(env);
  say(`Samsyn (bench) is starting — ${samsyn.describe()}`);
  const every = Math.max(1, Number(env['SAMSYN_BENCH_DEMO_EVERY'] ?? 1));
  const loadStarted = performance.now();
  const demo = await loadDemoJourneys(samsyn.resources, every, say);
  say(
    `demo data: ${demo.journeys} journeys${every > 1 ? ` (every ${every}th)` : ''}, ${demo.events} events in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`,
  );
  await waitForReadModels(samsyn.runner, READ_MODEL_PROJECTIONS, say);
  const stack = await startSamsyn(samsyn.context, { host: '127.0.0.1', gatewayPort: 0, subgraphPorts: 'free' });
  const journeyApp = stack.apps['journey'];
  if (!journeyApp) throw new Error('The journey subgraph was not created');
  const sender = journeyApp.get(JourneyCommandSender);
  closeOnSignal(async () => {
    await stack.close();
    await samsyn.close();
  });
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  process.on('message', (message: ParentMessage) => {
    if (message.kind === 'bus') void runOnBus(sender, message).then(tell);
    if (message.kind === 'memory') {
      if (message.collectFirst) globalThis.gc?.();
      const { rss, heapTotal, heapUsed, external, arrayBuffers } = process.memoryUsage();
      tell({
        kind: 'memory',
        requestId: message.requestId,
        usage: { rss, heapTotal, heapUsed, external, arrayBuffers },
      });
    }
  });
  const rows = await samsyn.resources.sql.query<{ id: string }>(
    'select journey_id::text as id from samsyn_person_index order by journey_id',
  );
  tell({
    kind: 'ready',
    gatewayUrl: stack.gatewayUrl,
    subgraphUrls: stack.subgraphUrls,
    journeyIds: rows.map((row) => row.id),
    demoEvents: demo.events,
    store:
      samsyn.config.kind === 'postgres'
        ? 'PostgreSQL'
        : samsyn.config.kind === 'pglite'
          ? 'PGlite'
          : samsyn.config.kind,
    startupSeconds: (performance.now() - started) / 1000,
  });
}

/** The commands one after another through JourneyCommandSender → CommandBus.execute, as the mutation's resolver calls it. */
async function runOnBus(
  sender: JourneyCommandSender,
  message: Extract<ParentMessage, { kind: 'bus' }>,
): Promise<ChildMessage> {
  const durationsMs: number[] = [];
  let failures = 0;
  let firstError: string | null = null;
  const writer = { subject: 'bench', organisation: message.author, role: 'handlaggare', purpose: 'bench' };
  for (const command of message.commands) {
    const started = performance.now();
    try {
      const receipt = await sender.send(COMMAND_TYPE, command.journeyId, command.data, writer, command.commandId);
      const ms = performance.now() - started;
      if (receipt.events.length !== 1)
        throw new Error(`expected one event, got ${receipt.events.join(', ') || 'none'}`);
      durationsMs.push(ms);
    } catch (error) {
      failures++;
      firstError ??= error instanceof Error ? error.message : String(error);
    }
  }
  return { kind: 'bus-done', requestId: message.requestId, durationsMs, failures, firstError };
}

void main(process.env).catch((error: unknown) => {
  process.send?.({
    kind: 'failed',
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
  } satisfies ChildMessage);
  process.exit(1);
});

import { ratioOf, type BenchContext, type BenchSection, type Measure, type SectionResult } from '../section';
import { benchStack } from './bench-stack';
import { percentile, round } from './latency';
import { runMixedLoad } from './mixed-load';
import type { MemoryFigures } from './protocol';
import { readPoolSize, sharedReadTargets } from './read-targets';
import { rssMiB, sampleRss } from './rss';
import { FK_CASEWORKER } from './viewers';

const MIB = 1024 * 1024;
const READ_CONNECTIONS = 8;
const WRITE_CONNECTIONS = 2;

/** Memory: the resident size of the all-in-one Samsyn process, idle after start-up and under a mixed load. */
export const memorySection: BenchSection = {
  id: 'memory',
  title: 'Memory: resident size of the all-in-one process, idle and under load',
  run: runMemorySection,
};

const heapDetail = (usage: MemoryFigures) => ({
  heapUsedMiB: round(usage.heapUsed / MIB, 1),
  heapTotalMiB: round(usage.heapTotal / MIB, 1),
  externalMiB: round(usage.external / MIB, 1),
});

async function runMemorySection(context: BenchContext): Promise<SectionResult> {
  const stack = await benchStack(context);
  const started = performance.now();
  const token = await stack.token(FK_CASEWORKER);
  const seconds = context.quick ? 4 : 20;
  const pool = await sharedReadTargets(
    stack,
    token,
    readPoolSize(context.quick, stack.journeyIds.length),
    context.progress,
  );
  const before = await rssMiB(stack.pid);
  context.progress(
    `api memory: ${seconds} s of overview reads (${READ_CONNECTIONS} connections) and ScheduleMeeting writes (${WRITE_CONNECTIONS}) through the gateway`,
  );
  const sampler = sampleRss(stack.pid, 250);
  const load = await runMixedLoad(stack, token, pool.targets, {
    seconds,
    readConnections: READ_CONNECTIONS,
    writeConnections: WRITE_CONNECTIONS,
  });
  const samples = sampler.stop().map((sample) => sample.mib);
  const loadedUsage = await stack.memoryUsage();
  await new Promise((resolveSettled) => setTimeout(resolveSettled, context.quick ? 2_000 : 5_000));
  const after = await rssMiB(stack.pid); // idle again after the load
  const afterUsage = await stack.memoryUsage(true);
  // Idle: the start-up's garbage (demo import, read-model catch-up) collected, so that runs compare; the plain reading as detail.
  const idle: Measure = {
    label: 'RSS idle after start-up, after a full collection',
    value: round(stack.idleAfterGc.rssMiB, 1),
    unit: 'MiB',
    detail: {
      rssBeforeFullGcMiB: round(stack.idleRssMiB, 1),
      heapUsedBeforeFullGcMiB: round(stack.idleUsage.heapUsed / MIB, 1),
      heapUsedAfterFullGcMiB: round(stack.idleAfterGc.usage.heapUsed / MIB, 1),
      externalMiB: round(stack.idleAfterGc.usage.external / MIB, 1),
      rssBeforeThisSectionMiB: round(before, 1),
    },
  };
  const peak = samples.length > 0 ? Math.max(...samples) : null;
  const underLoad: Measure = {
    label: 'RSS under load, peak',
    value: round(peak, 1),
    unit: 'MiB',
    detail: {
      medianMiB: round(percentile(samples, 50), 1),
      samples: samples.length,
      ...heapDetail(loadedUsage),
      rssIdleAfterLoadMiB: round(after, 1),
      heapUsedAfterLoadAfterFullGcMiB: round(afterUsage.heapUsed / MIB, 1),
      readsPerSecond: round(load.reads.ok / load.reads.seconds, 1),
      writesPerSecond: round(load.writes.ok / load.writes.seconds, 1),
      failed: load.reads.failed + load.writes.failed,
    },
  };
  const failures = [load.reads, load.writes]
    .filter((run) => run.failed > 0)
    .map((run) => `${run.failed} failed (${run.firstFailure})`);
  return {
    id: 'memory',
    title: memorySection.title,
    method:
      `VmRSS of the Samsyn process (/proc/<pid>/status; heap figures from its process.memoryUsage()), one Node process holding the store ` +
      `client, the projection runner, six subgraph apps and the gateway; idle: ${stack.idleAfterSeconds} s after start-up, before any request, read ` +
      `right after one forced full collection (Samsyn runs with --expose-gc), the plain reading (median of 5) as detail; under load: sampled every ` +
      `250 ms during ${seconds} s of the whole person overview (${READ_CONNECTIONS} connections, ${pool.targets.length} journeys in turn) and ` +
      `ScheduleMeeting mutations (${WRITE_CONNECTIONS} connections) through the gateway, as fast as answered. Store: ${stack.store}.`,
    rows: [
      { id: 'memory.idle', subject: idle },
      {
        id: 'memory.load',
        subject: underLoad,
        baseline: idle,
        ratio: round(ratioOf(underLoad.value, idle.value), 3),
        note:
          failures.length > 0
            ? `FAILED ANSWERS: ${failures.join('; ')}`
            : 'ratio: peak under load / idle; the peak also holds what sections run before this one grew the process to (rssBeforeThisSectionMiB ' +
              'in the idle detail); heapUsedAfterLoadAfterFullGcMiB against the idle heap after a full collection shows what the load left alive',
      },
    ],
    seconds: round((performance.now() - started) / 1000, 1) ?? 0,
  };
}

import { sleep, type BenchSection, type Measure } from '../../harness';
import { FK_CASEWORKER } from '../../samsyn';
import { percentile, round, versus } from '../../stats';
import { readTargets, runMixedLoad } from './load';
import { benchStack, rssMiB, sampleRss } from './stack';

const MIB = 1024 * 1024;
const READ_CONNECTIONS = 8;
const WRITE_CONNECTIONS = 2;
const mib = (bytes: number) => round(bytes / MIB, 1);

export const memorySection: BenchSection = {
  id: 'memory',
  title: 'Memory: resident size of the all-in-one process, idle and under load',
  async run(context) {
    const stack = await benchStack(context);
    const token = await stack.token(FK_CASEWORKER);
    const seconds = context.quick ? 4 : 20;
    const pool = await readTargets(context, stack, token);
    const before = await rssMiB(stack.pid);
    context.progress(`api memory: ${seconds} s of overview reads and ScheduleMeeting writes through the gateway`);
    const sampler = sampleRss(stack.pid, 250);
    const load = await runMixedLoad(stack, token, pool.targets, seconds, [READ_CONNECTIONS], [WRITE_CONNECTIONS]);
    const samples = sampler.stop().map((sample) => sample.value);
    const loaded = await stack.memoryUsage();
    await sleep(context.quick ? 2_000 : 5_000);
    const after = await rssMiB(stack.pid); // idle again after the load
    const afterGc = await stack.memoryUsage(true);
    // Idle: the start-up's garbage (demo import, read-model catch-up) collected, so that runs compare; the plain reading as detail.
    const idle: Measure = {
      label: 'RSS idle after start-up, after a full collection',
      value: round(stack.idle.afterGc.rssMiB, 1),
      unit: 'MiB',
      detail: {
        rssBeforeFullGcMiB: round(stack.idle.rssMiB, 1),
        heapUsedBeforeFullGcMiB: mib(stack.idle.usage.heapUsed),
        heapUsedAfterFullGcMiB: mib(stack.idle.afterGc.usage.heapUsed),
        externalMiB: mib(stack.idle.afterGc.usage.external),
        rssBeforeThisSectionMiB: round(before, 1),
      },
    };
    const underLoad: Measure = {
      label: 'RSS under load, peak',
      value: round(samples.length > 0 ? Math.max(...samples) : null, 1),
      unit: 'MiB',
      detail: {
        medianMiB: round(percentile(samples, 50), 1),
        samples: samples.length,
        heapUsedMiB: mib(loaded.heapUsed),
        heapTotalMiB: mib(loaded.heapTotal),
        externalMiB: mib(loaded.external),
        rssIdleAfterLoadMiB: round(after, 1),
        heapUsedAfterLoadAfterFullGcMiB: mib(afterGc.heapUsed),
        readsPerSecond: round(load.reads.ok / load.reads.seconds, 1),
        writesPerSecond: round(load.writes.ok / load.writes.seconds, 1),
        failed: load.reads.failed + load.writes.failed,
      },
    };
    const failures = [load.reads, load.writes]
      .filter((run) => run.failed > 0)
      .map((run) => `${run.failed} failed (${run.firstFailure})`);
    return {
      method:
        `VmRSS of the Samsyn process (/proc/<pid>/status; heap figures from its process.memoryUsage()), one Node process holding the store ` +
        `client, the projection runner, six subgraph apps and the gateway; idle: ${stack.idle.afterSeconds} s after start-up, before any request, read ` +
        `right after one forced full collection (Samsyn runs with --expose-gc), the plain reading (median of 5) as detail; under load: sampled every ` +
        `250 ms during ${seconds} s of the whole person overview (${READ_CONNECTIONS} connections, ${pool.targets.length} journeys in turn) and ` +
        `ScheduleMeeting mutations (${WRITE_CONNECTIONS} connections) through the gateway, as fast as answered. Store: ${stack.store}.`,
      rows: [
        { id: 'memory.idle', subject: idle },
        versus('memory.load', underLoad, idle, {
          note:
            failures.length > 0
              ? `FAILED ANSWERS: ${failures.join('; ')}`
              : 'ratio: peak under load / idle; the peak also holds what sections run before this one grew the process to (rssBeforeThisSectionMiB ' +
                'in the idle detail); heapUsedAfterLoadAfterFullGcMiB against the idle heap after a full collection shows what the load left alive',
        }),
      ],
    };
  },
};

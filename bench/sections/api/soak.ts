import { performance } from 'node:perf_hooks';
import { secondsSince, type BenchContext, type BenchRow, type SectionResult } from '../../harness';
import { FK_CASEWORKER } from '../../samsyn';
import { percentile, percentileBetween, percentilePerWindow, round, slopePerMinute, versus } from '../../stats';
import type { Timed } from '../../stats';
import { readTargets, runMixedLoad } from './load';
import { benchStack, sampleRss } from './stack';

const MIB = 1024 * 1024;
const READ_SHARE = 0.8;
const READ_CONNECTIONS = 8;
const WRITE_CONNECTIONS = 2;

// Soak (`--soak M`, not CI): M minutes of overview reads and ScheduleMeeting writes through the gateway at a fixed
// rate (80 % reads); p99 and memory over time, in windows. Flat memory means no leak.
export async function runSoak(context: BenchContext, minutes: number, ratePerSecond: number): Promise<SectionResult> {
  if (!(ratePerSecond >= 2)) throw new RangeError('The soak needs --rate 2 or more');
  const stack = await benchStack(context);
  const started = performance.now();
  const token = await stack.token(FK_CASEWORKER);
  const pool = await readTargets(context, stack, token);
  const seconds = Math.round(minutes * 60);
  const windowSeconds = Math.max(5, Math.round(seconds / 20));
  const readRate = Math.max(1, Math.round(ratePerSecond * READ_SHARE));
  const writeRate = Math.max(1, ratePerSecond - readRate);
  context.progress(`api soak: ${minutes} min, ${readRate} reads/s + ${writeRate} writes/s, ${windowSeconds} s windows`);
  const rss = sampleRss(stack.pid, 1_000);
  const heap: Timed[] = [];
  const loadStarted = performance.now();
  // Once per window, the heap after a full collection: what stays alive. The collection's pause falls in the window's p99.
  const timer = setInterval(() => {
    void stack.memoryUsage(true).then(
      (usage) => heap.push({ atSeconds: secondsSince(loadStarted), value: usage.heapUsed / MIB }),
      () => undefined,
    );
    context.progress(
      `api soak: ${secondsSince(loadStarted).toFixed(0)}/${seconds} s, RSS ${rss.latest()?.toFixed(0) ?? '?'} MiB, heap after GC ${heap.at(-1)?.value.toFixed(0) ?? '?'} MiB`,
    );
  }, windowSeconds * 1000);
  const read: [number, number] = [READ_CONNECTIONS, readRate];
  const write: [number, number] = [WRITE_CONNECTIONS, writeRate];
  const mix = runMixedLoad(stack, token, pool.targets, seconds, read, write);
  const { reads, writes } = await mix.finally(() => clearInterval(timer));
  const rssSamples = rss.stop();
  const quarter = seconds / 4;
  const overTime = (id: string, what: string, samples: readonly Timed[], p: number, unit: string, detail = {}) => {
    const first = round(percentileBetween(samples, 0, quarter, p), 2);
    const last = round(percentileBetween(samples, seconds - quarter, Infinity, p), 2);
    return versus(
      id,
      { label: `${what}, last quarter`, value: last, unit, detail },
      { label: `${what}, first quarter`, value: first, unit },
    );
  };
  const latencies = (run: typeof reads, count: string) => {
    const values = run.samples.map((sample) => sample.value);
    const [p50Ms, p99Ms] = [50, 99].map((p) => round(percentile(values, p), 2));
    return { p50Ms, p99Ms, [count]: run.ok, failed: run.failed };
  };
  const slope = (samples: readonly Timed[]) => round(slopePerMinute(samples.filter((s) => s.atSeconds >= quarter)), 2);
  const achieved = (reads.ok + writes.ok) / Math.max(reads.seconds, writes.seconds);
  const failed = reads.failed + writes.failed;
  const heapPoints = heap.map((sample) => ({ x: round(sample.atSeconds, 1) ?? 0, y: round(sample.value, 1) }));
  const rows: BenchRow[] = [
    {
      ...overTime('soak.read-p99', 'p99 of overview reads', reads.samples, 99, 'ms', latencies(reads, 'reads')),
      note: 'every write adds an event to a journey, so the streams the timeline folds grow during the soak: a slow rise of read latency is that growth, not a leak',
    },
    overTime('soak.write-p99', 'p99 of ScheduleMeeting writes', writes.samples, 99, 'ms', latencies(writes, 'writes')),
    {
      ...overTime('soak.rss', 'RSS, median', rssSamples, 50, 'MiB', {
        slopeMiBPerMinute: slope(rssSamples),
        peakMiB: round(Math.max(...rssSamples.map((sample) => sample.value)), 1),
      }),
      note: 'flat (ratio ≈ 1, slope ≈ 0) means no leak; slopes are least squares over the last three quarters',
    },
    {
      ...overTime('soak.heap-after-gc', 'heap used after a full collection, median', heap, 50, 'MiB', {
        firstMiB: round(heap[0]?.value, 1),
        lastMiB: round(heap.at(-1)?.value, 1),
        slopeMiBPerMinute: slope(heap),
      }),
      note: 'what stays alive: grows only with what Samsyn keeps (caches, a leak), not with garbage not yet collected',
    },
    versus(
      'soak.rate',
      { label: 'successful requests/s achieved', value: round(achieved, 2), unit: 'req/s', detail: { failed } },
      { label: 'requests/s asked for', value: readRate + writeRate, unit: 'req/s' },
      failed > 0 ? { note: `FAILED ANSWERS: ${failed} (${reads.firstFailure ?? writes.firstFailure})` } : {},
    ),
  ];
  return {
    id: 'soak',
    title: 'Soak: mixed reads and writes at a fixed rate',
    method:
      `${minutes} min through the gateway as an FK handläggare: ${readRate} whole-overview reads/s over ${Math.min(READ_CONNECTIONS, readRate)} connections ` +
      `(${pool.targets.length} journeys in turn) and ${writeRate} ScheduleMeeting writes/s over ${Math.min(WRITE_CONNECTIONS, writeRate)} connections (each on the next ` +
      `of ${stack.journeyIds.length} journeys), autocannon at a fixed overall rate; latencies are each answer's own time, not corrected for coordinated ` +
      `omission (soak.rate shows whether the rate held); p99 per ${windowSeconds} s window; RSS every 1 s; at each window's end the heap used after a forced full collection ` +
      `(Samsyn runs with --expose-gc for it; the pause counts in that window's latencies). Store: ${stack.store}.`,
    rows,
    series: [
      ['p99 of overview reads', 'ms', percentilePerWindow(reads.samples, seconds, windowSeconds, 99)] as const,
      ['p99 of ScheduleMeeting writes', 'ms', percentilePerWindow(writes.samples, seconds, windowSeconds, 99)] as const,
      ['RSS of the Samsyn process', 'MiB', percentilePerWindow(rssSamples, seconds, windowSeconds, 50)] as const,
      ['heap used in the Samsyn process after a full collection', 'MiB', heapPoints] as const,
    ].map(([label, unit, points]) => ({ label, unit, points })),
    seconds: secondsSince(started),
  };
}

import { ratioOf, type BenchContext, type BenchRow, type Measure, type SectionResult } from '../section';
import { benchStack } from './bench-stack';
import { percentile, round } from './latency';
import { runMixedLoad } from './mixed-load';
import { readPoolSize, sharedReadTargets } from './read-targets';
import { sampleRss } from './rss';
import { percentileBetween, percentilePerWindow, slopePerMinute, windowEnds } from './time-windows';
import { FK_CASEWORKER } from './viewers';

const MIB = 1024 * 1024;
const READ_SHARE = 0.8;
const READ_CONNECTIONS = 8;
const WRITE_CONNECTIONS = 2;

export interface SoakOptions {
  minutes: number;
  /** Requests per second, reads and writes together (80 % whole-overview reads, 20 % ScheduleMeeting writes). */
  ratePerSecond: number;
}

type Timed = { atSeconds: number; value: number };

/**
 * Soak (bench, not CI): `minutes` of overview reads and ScheduleMeeting writes through the gateway at a fixed
 * rate; p99 and memory over time, in windows. Flat memory means no leak.
 */
export async function runSoak(context: BenchContext, options: SoakOptions): Promise<SectionResult> {
  if (!(options.minutes > 0) || !(options.ratePerSecond >= 2))
    throw new RangeError('runSoak needs minutes > 0 and ratePerSecond ≥ 2');
  const stack = await benchStack(context);
  const started = performance.now();
  const token = await stack.token(FK_CASEWORKER);
  const pool = await sharedReadTargets(
    stack,
    token,
    readPoolSize(context.quick, stack.journeyIds.length),
    context.progress,
  );
  const seconds = Math.round(options.minutes * 60);
  const windowSeconds = Math.max(5, Math.round(seconds / 20));
  const readRate = Math.max(1, Math.round(options.ratePerSecond * READ_SHARE));
  const writeRate = Math.max(1, options.ratePerSecond - readRate);
  context.progress(
    `api soak: ${options.minutes} min at ${readRate} reads/s + ${writeRate} writes/s through the gateway, windows of ${windowSeconds} s`,
  );

  const rss = sampleRss(stack.pid, 1_000);
  const heap: Timed[] = [];
  const loadStarted = performance.now();
  const elapsed = () => (performance.now() - loadStarted) / 1000;
  // Once per window, the heap after a full collection: what stays alive. The collection's pause falls in the window's p99.
  const heapTimer = setInterval(() => {
    void stack.memoryUsage(true).then(
      (usage) => heap.push({ atSeconds: elapsed(), value: usage.heapUsed / MIB }),
      () => undefined,
    );
  }, windowSeconds * 1000);
  const progressTimer = setInterval(
    () =>
      context.progress(
        `api soak: ${elapsed().toFixed(0)}/${seconds} s, RSS ${rss.latest()?.toFixed(0) ?? '?'} MiB, heap after GC ${heap.at(-1)?.value.toFixed(0) ?? '?'} MiB`,
      ),
    windowSeconds * 1000,
  );
  let load: Awaited<ReturnType<typeof runMixedLoad>>;
  try {
    load = await runMixedLoad(stack, token, pool.targets, {
      seconds,
      readConnections: READ_CONNECTIONS,
      writeConnections: WRITE_CONNECTIONS,
      readRate,
      writeRate,
    });
  } finally {
    clearInterval(heapTimer);
    clearInterval(progressTimer);
  }
  const rssSamples: Timed[] = rss.stop().map((sample) => ({ atSeconds: sample.seconds, value: sample.mib }));
  const reads: Timed[] = load.reads.samples.map((sample) => ({ atSeconds: sample.atSeconds, value: sample.ms }));
  const writes: Timed[] = load.writes.samples.map((sample) => ({ atSeconds: sample.atSeconds, value: sample.ms }));
  const ends = windowEnds(seconds, windowSeconds);
  const quarter = seconds / 4;

  const firstAndLast = (samples: Timed[], p: number) => ({
    first: round(percentileBetween(samples, 0, quarter, p), 2),
    last: round(percentileBetween(samples, seconds - quarter, Number.POSITIVE_INFINITY, p), 2),
  });
  const overTime = (
    id: string,
    what: string,
    samples: Timed[],
    p: number,
    unit: string,
    extra: Record<string, number | null> = {},
  ): BenchRow => {
    const { first, last } = firstAndLast(samples, p);
    const subject: Measure = { label: `${what}, last quarter`, value: last, unit, detail: extra };
    const baseline: Measure = { label: `${what}, first quarter`, value: first, unit };
    return { id, subject, baseline, ratio: round(ratioOf(last, first), 3) };
  };
  const achieved = (load.reads.ok + load.writes.ok) / Math.max(load.reads.seconds, load.writes.seconds);
  const failed = load.reads.failed + load.writes.failed;
  const firstFailure = load.reads.firstFailure ?? load.writes.firstFailure;
  const rows: BenchRow[] = [
    {
      ...overTime('soak.read-p99', 'p99 of overview reads', reads, 99, 'ms', {
        p50Ms: round(
          percentile(
            reads.map((sample) => sample.value),
            50,
          ),
          2,
        ),
        p99Ms: round(
          percentile(
            reads.map((sample) => sample.value),
            99,
          ),
          2,
        ),
        reads: load.reads.ok,
        failed: load.reads.failed,
      }),
      note: 'every write adds an event to a journey, so the streams the timeline folds grow during the soak: a slow rise of read latency is that growth, not a leak',
    },
    overTime('soak.write-p99', 'p99 of ScheduleMeeting writes', writes, 99, 'ms', {
      p50Ms: round(
        percentile(
          writes.map((sample) => sample.value),
          50,
        ),
        2,
      ),
      p99Ms: round(
        percentile(
          writes.map((sample) => sample.value),
          99,
        ),
        2,
      ),
      writes: load.writes.ok,
      failed: load.writes.failed,
    }),
    {
      ...overTime('soak.rss', 'RSS, median', rssSamples, 50, 'MiB', {
        slopeMiBPerMinute: round(slopePerMinute(rssSamples.filter((sample) => sample.atSeconds >= quarter)), 2),
        peakMiB: round(Math.max(...rssSamples.map((sample) => sample.value)), 1),
      }),
      note: 'flat (ratio ≈ 1, slope ≈ 0) means no leak; slopes are least squares over the last three quarters',
    },
    {
      ...overTime('soak.heap-after-gc', 'heap used after a full collection, median', heap, 50, 'MiB', {
        firstMiB: round(heap[0]?.value ?? null, 1),
        lastMiB: round(heap.at(-1)?.value ?? null, 1),
        slopeMiBPerMinute: round(slopePerMinute(heap.filter((sample) => sample.atSeconds >= quarter)), 2),
      }),
      note: 'what stays alive: grows only with what Samsyn keeps (caches, a leak), not with garbage not yet collected',
    },
    {
      id: 'soak.rate',
      subject: {
        label: 'successful requests/s achieved',
        value: round(achieved, 2),
        unit: 'req/s',
        detail: { failed },
      },
      baseline: { label: 'requests/s asked for', value: readRate + writeRate, unit: 'req/s' },
      ratio: round(ratioOf(achieved, readRate + writeRate), 3),
      ...(failed > 0 ? { note: `FAILED ANSWERS: ${failed} (${firstFailure})` } : {}),
    },
  ];
  return {
    id: 'soak',
    title: 'Soak: mixed reads and writes at a fixed rate',
    method:
      `${options.minutes} min through the gateway as an FK handläggare: ${readRate} whole-overview reads/s over ${Math.min(READ_CONNECTIONS, readRate)} connections ` +
      `(${pool.targets.length} journeys in turn) and ${writeRate} ScheduleMeeting writes/s over ${Math.min(WRITE_CONNECTIONS, writeRate)} connections (each on the next ` +
      `of ${stack.journeyIds.length} journeys), autocannon at a fixed overall rate; latencies are each answer's own time, not corrected for coordinated ` +
      `omission (soak.rate shows whether the rate held); p99 per ${windowSeconds} s window; RSS every 1 s; at each window's end the heap used after a forced full collection ` +
      `(Samsyn runs with --expose-gc for it; the pause counts in that window's latencies). Store: ${stack.store}.`,
    rows,
    series: [
      { label: 'p99 of overview reads', unit: 'ms', points: percentilePerWindow(reads, ends, 99) },
      { label: 'p99 of ScheduleMeeting writes', unit: 'ms', points: percentilePerWindow(writes, ends, 99) },
      { label: 'RSS of the Samsyn process', unit: 'MiB', points: percentilePerWindow(rssSamples, ends, 50) },
      {
        label: 'heap used in the Samsyn process after a full collection',
        unit: 'MiB',
        points: heap.map((sample) => ({ x: round(sample.atSeconds, 1) ?? 0, y: round(sample.value, 1) })),
      },
    ],
    seconds: round((performance.now() - started) / 1000, 1) ?? 0,
  };
}

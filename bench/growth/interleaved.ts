import { performance } from 'node:perf_hooks';
import { summarise, type Latency } from './latency';

/**
 * Times `call(size, round)` for every size in each round, one call at a time: `warmUp` unmeasured rounds,
 * then `samples` timed ones. The sizes take turns within a round, starting one further each round, so
 * that the machine's ups and downs (other processes, caches, JIT) fall on every size alike.
 */
export async function timeInterleaved<Size>(
  sizes: readonly Size[],
  counts: { readonly warmUp: number; readonly samples: number },
  call: (size: Size, round: number) => Promise<unknown>,
): Promise<Map<Size, Latency>> {
  const latencies = new Map<Size, number[]>(sizes.map((size) => [size, []]));
  for (let round = 0; round < counts.warmUp + counts.samples; round += 1) {
    for (let turn = 0; turn < sizes.length; turn += 1) {
      const size = sizes[(round + turn) % sizes.length] as Size;
      const started = performance.now();
      await call(size, round);
      if (round >= counts.warmUp) latencies.get(size)?.push(performance.now() - started);
    }
  }
  return new Map([...latencies].map(([size, measured]) => [size, summarise(measured)]));
}

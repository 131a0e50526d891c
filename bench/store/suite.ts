import type { BenchCase } from './cases';
import type { BenchOptions } from './options';

/** The cases a backend runs, in order; the concurrent one only where connections can run in parallel. */
export function casesFor(options: BenchOptions, concurrent: boolean): BenchCase[] {
  const single = (writers: number): BenchCase => ({
    kind: 'append',
    id: writers === 1 ? 'single-sequential' : `single-${writers}-writers`,
    label: writers === 1 ? 'single appends, 1 writer' : `single appends, ${writers} writers`,
    streams: options.streams,
    eventsPerAppend: 1,
    warmupAppends: 2 * options.streams,
    appends: options.singleAppends,
    writers,
  });
  const batches: BenchCase = {
    kind: 'append',
    id: `batch-${options.batchSize}`,
    label: `batches of ${options.batchSize}, 1 writer`,
    streams: options.batchStreams,
    eventsPerAppend: options.batchSize,
    warmupAppends: options.batchStreams,
    appends: options.batches,
    writers: 1,
  };
  const readAll: BenchCase = {
    kind: 'read',
    id: 'read-all',
    label: `read all, pages of ${options.pageSize}`,
    pageSize: options.pageSize,
    passesPerRound: options.readPassesPerRound,
  };
  return [single(1), ...(concurrent ? [single(options.concurrentWriters)] : []), batches, readAll];
}

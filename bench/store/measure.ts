import { performance } from 'node:perf_hooks';
import type { Sample } from './stats';

/** Times operations one by one and counts the events each of them moved. */
export class Recorder {
  readonly latenciesMs: number[] = [];
  events = 0;

  async timed<T>(operation: () => Promise<T>, eventsOf: (result: T) => number): Promise<T> {
    const started = performance.now();
    const result = await operation();
    this.latenciesMs.push(performance.now() - started);
    this.events += eventsOf(result);
    return result;
  }
}

export type Worker = (recorder: Recorder, workerIndex: number) => Promise<void>;

/** Runs `workers` copies of `work` at once and returns what they recorded together, timed by the wall clock. */
export async function measure(workers: number, work: Worker): Promise<Sample> {
  const recorders = Array.from({ length: workers }, () => new Recorder());
  const started = performance.now();
  await Promise.all(recorders.map((recorder, index) => work(recorder, index)));
  const seconds = (performance.now() - started) / 1_000;
  return {
    events: recorders.reduce((sum, recorder) => sum + recorder.events, 0),
    seconds,
    latenciesMs: recorders.flatMap((recorder) => recorder.latenciesMs),
  };
}

import type { Recorder } from './measure';
import type { AppendPlan } from './workload';

/**
 * One way of writing and reading the same events: through the event store, or with plain SQL
 * against an equivalent table. Every case runs once on each side with identical input.
 */
export type SideName = 'store' | 'raw';

export interface Side {
  readonly name: SideName;
  /** Writes the plan's events in one round trip; resolves to the number of events written. */
  append(plan: AppendPlan): Promise<number>;
  /** Reads every event in the global order, page by page, timing each page on `recorder`. */
  readAllPaged(recorder: Recorder, pageSize: number): Promise<void>;
}

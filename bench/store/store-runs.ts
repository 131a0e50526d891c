import { START, type Position, type SqlEventStore } from '../../libs/event-store/src';
import type { Recorder } from './measure';
import type { Side } from './side';
import { expectedRevision, type AppendPlan } from './workload';

/** The event store side: `append` with the exact expected revision, `readAll` paged by position. */
export function storeSide(store: SqlEventStore): Side {
  return {
    name: 'store',
    append: (plan) => storeAppend(store, plan),
    readAllPaged: (recorder, pageSize) => storeReadAll(store, recorder, pageSize),
  };
}

async function storeAppend(store: SqlEventStore, plan: AppendPlan): Promise<number> {
  const result = await store.append(plan.streamId, plan.events, expectedRevision(plan));
  // Not a timing check: the writer tracks its stream's revision, and a wrong one means the bench is broken.
  const expectedNext = plan.revisionBefore + plan.events.length;
  if (result.nextExpectedRevision !== expectedNext) {
    throw new Error(
      `${plan.streamId}: store reports revision ${result.nextExpectedRevision}, the writer expected ${expectedNext}`,
    );
  }
  return plan.events.length;
}

async function storeReadAll(store: SqlEventStore, recorder: Recorder, pageSize: number): Promise<void> {
  let after: Position = START;
  for (;;) {
    const page = await recorder.timed(
      () => store.readAll({ after, maxCount: pageSize }),
      (events) => events.length,
    );
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = last.position;
  }
}

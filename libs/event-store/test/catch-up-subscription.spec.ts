import { CatchUpSubscription, type Position, type RecordedEvent } from '../src';

function eventAt(prepare: number): RecordedEvent {
  return {
    id: `id-${prepare}`,
    type: 'T',
    streamId: 's',
    revision: prepare,
    position: { commit: 1n, prepare: BigInt(prepare) },
    data: {},
    metadata: { author: { organisation: 'FK' }, commandId: 'c', correlationId: 'c', occurredAt: '' },
    recordedAt: new Date(0),
  };
}

/** An in-memory log standing in for the database, to drive the loop through its states. */
function log(pollIntervalMs: number) {
  const events: RecordedEvent[] = [];
  let wake: () => void = () => undefined;
  const reads: Position[] = [];
  return {
    reads,
    add(prepare: number, notify: boolean) {
      events.push(eventAt(prepare));
      if (notify) wake();
    },
    subscribe(after: Position = { commit: 0n, prepare: 0n }) {
      return new CatchUpSubscription({
        after,
        pageSize: 2,
        pollIntervalMs,
        readPage: async (from) => {
          reads.push(from);
          return events.filter((event) => event.position.prepare > from.prepare).slice(0, 2);
        },
        listen: async (listener) => {
          wake = listener;
          return async () => undefined;
        },
      });
    },
  };
}

async function collect(subscription: CatchUpSubscription, count: number): Promise<number[]> {
  const seen: number[] = [];
  for await (const event of subscription) {
    seen.push(event.revision);
    if (seen.length === count) break;
  }
  return seen;
}

describe('catch-up subscription loop', () => {
  it('pages through stored events, then wakes on a notification for new ones', async () => {
    const source = log(60_000);
    [1, 2, 3].forEach((n) => source.add(n, false));
    const subscription = source.subscribe();
    const collecting = collect(subscription, 5);
    await new Promise((resolve) => setTimeout(resolve, 20));
    source.add(4, true);
    source.add(5, true);
    expect(await collecting).toEqual([1, 2, 3, 4, 5]);
  });

  it('falls back to polling when a notification never comes', async () => {
    const source = log(20);
    const collecting = collect(source.subscribe({ commit: 1n, prepare: 0n }), 1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    source.add(1, false);
    expect(await collecting).toEqual([1]);
  });

  it('ends the iteration when stopped while waiting', async () => {
    const source = log(60_000);
    const subscription = source.subscribe();
    const collecting = collect(subscription, 1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await subscription.stop();
    expect(await collecting).toEqual([]);
  });
});

describe('catch-up subscription when reads fail', () => {
  const failing = (failuresBeforeSuccess: number, maxFailedReads: number) => {
    let calls = 0;
    return new CatchUpSubscription({
      after: { commit: 0n, prepare: 0n },
      pageSize: 10,
      pollIntervalMs: 1,
      maxFailedReads,
      readPage: async (after) => {
        calls++;
        if (calls <= failuresBeforeSuccess) throw new Error('connection refused');
        return after.prepare === 0n ? [eventAt(1)] : [];
      },
      listen: async () => async () => undefined,
    });
  };

  it('retries a failing read and goes on once the database answers', async () => {
    expect(await collect(failing(3, 10), 1)).toEqual([1]);
  });

  it('hands the error to the consumer after too many failed reads in a row', async () => {
    await expect(collect(failing(100, 5), 1)).rejects.toThrow('connection refused');
  });
});

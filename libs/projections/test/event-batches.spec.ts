import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@samsyn/event-store';
import { EventBatches } from '../src/running/event-batches';

function recorded(index: number): RecordedEvent {
  const id = randomUUID();
  return {
    id,
    type: 'ConsentWithdrawn',
    streamId: `journey-${id}`,
    revision: 0,
    position: { commit: 1n, prepare: BigInt(index) },
    data: {},
    metadata: { author: { organisation: 'FK' }, commandId: id, correlationId: id, occurredAt: '2024-01-01T00:00:00Z' },
    recordedAt: new Date(0),
  };
}

/** Yields a first page at once, the second only once `more` resolves: like a subscription reading its next page. */
async function* twoPages(more: Promise<void>): AsyncGenerator<RecordedEvent> {
  for (let index = 1; index <= 5; index++) yield recorded(index);
  await more;
  for (let index = 6; index <= 7; index++) yield recorded(index);
}

const indexes = (batch: RecordedEvent[] | undefined) => batch?.map((event) => Number(event.position.prepare));

describe('event batches', () => {
  it('takes the events already there up to the batch size, comes back empty when none come, and ends with the source', async () => {
    let release = (): void => undefined;
    const more = new Promise<void>((resolve) => (release = resolve));
    const batches = new EventBatches(twoPages(more), 3, 20);

    expect(indexes(await batches.next())).toEqual([1, 2, 3]);
    expect(indexes(await batches.next())).toEqual([4, 5]);
    expect(indexes(await batches.next())).toEqual([]);
    release();
    expect(indexes(await batches.next())).toEqual([6, 7]);
    expect(await batches.next()).toBeUndefined();
  });

  it('hands out the events taken before a read failed, then the error, and can close afterwards', async () => {
    async function* failing(): AsyncGenerator<RecordedEvent> {
      yield recorded(1);
      throw new Error('read failed');
    }
    const batches = new EventBatches(failing(), 10, 20);
    expect(indexes(await batches.next())).toEqual([1]);
    await expect(batches.next()).rejects.toThrow('read failed');
    await expect(batches.close()).resolves.toBeUndefined();
  });
});

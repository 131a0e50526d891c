import { IdempotencyConflictError, InvalidAppendError, type EventStore } from '../../src';
import { anEvent, someEvents, uniqueStream } from './events-for-tests';

export function idempotencyCases(store: () => EventStore): void {
  describe('idempotent append', () => {
    it('treats a retry of the same event ids at the same place as done, storing nothing twice', async () => {
      const stream = uniqueStream();
      await store().append(stream, [anEvent()], 'no_stream');
      const events = someEvents(3);
      const first = await store().append(stream, events, 0);
      const retry = await store().append(stream, events, 0);
      expect(retry).toEqual(first);
      expect(await store().readStream(stream)).toHaveLength(4);
    });

    it('treats concurrent retries of one append as one append', async () => {
      const stream = uniqueStream();
      const events = someEvents(2);
      const results = await Promise.all(Array.from({ length: 4 }, () => store().append(stream, events, 'no_stream')));
      expect(new Set(results.map((result) => JSON.stringify(result, bigints))).size).toBe(1);
      expect(await store().readStream(stream)).toHaveLength(2);
    });

    it('rejects an event id reused for other content and writes nothing', async () => {
      const stream = uniqueStream();
      const original = anEvent('Original', { value: 1 });
      await store().append(stream, [original], 'no_stream');
      const reused = { ...original, data: { value: 2 } };
      await expect(store().append(stream, [reused, anEvent()], 0)).rejects.toBeInstanceOf(IdempotencyConflictError);
      const stored = await store().readStream(stream);
      expect(stored).toHaveLength(1);
      expect(stored[0]?.data).toEqual({ value: 1 });
    });

    it('rejects an event id reused in another stream', async () => {
      const event = anEvent();
      await store().append(uniqueStream(), [event], 'no_stream');
      const other = uniqueStream();
      await expect(store().append(other, [event], 'any')).rejects.toBeInstanceOf(IdempotencyConflictError);
      expect(await store().readStream(other)).toEqual([]);
    });

    it('rejects an append whose later event reuses a stored id, writing none of it', async () => {
      const stream = uniqueStream();
      const stored = anEvent();
      await store().append(stream, [stored], 'no_stream');
      await expect(store().append(stream, [anEvent(), stored], 0)).rejects.toBeInstanceOf(IdempotencyConflictError);
      expect(await store().readStream(stream)).toHaveLength(1);
    });

    it('refuses malformed appends before writing', async () => {
      const stream = uniqueStream();
      await expect(store().append(stream, [], 'any')).rejects.toBeInstanceOf(InvalidAppendError);
      await expect(store().append(stream, [{ ...anEvent(), id: 'not-a-uuid' }], 'any')).rejects.toBeInstanceOf(
        InvalidAppendError,
      );
      const twice = anEvent();
      await expect(store().append(stream, [twice, twice], 'any')).rejects.toBeInstanceOf(InvalidAppendError);
      expect(await store().readStream(stream)).toEqual([]);
    });
  });
}

function bigints(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

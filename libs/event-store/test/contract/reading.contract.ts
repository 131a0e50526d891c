import { comparePositions, type EventStore } from '../../src';
import { anEvent, someEvents, uniqueStream } from './events-for-tests';

export function readingCases(store: () => EventStore): void {
  describe('reading', () => {
    it('reads a stream forwards and backwards from a revision with a limit', async () => {
      const stream = uniqueStream();
      const events = someEvents(6);
      await store().append(stream, events, 'no_stream');
      const forwards = await store().readStream(stream, { fromRevision: 2, maxCount: 3 });
      expect(forwards.map((event) => event.revision)).toEqual([2, 3, 4]);
      const backwards = await store().readStream(stream, { direction: 'backwards', fromRevision: 4, maxCount: 2 });
      expect(backwards.map((event) => event.revision)).toEqual([4, 3]);
      const fromEnd = await store().readStream(stream, { direction: 'backwards', maxCount: 1 });
      expect(fromEnd.map((event) => event.id)).toEqual([events[5]?.id]);
    });

    it('returns what was written: id, type, data, metadata, stream, revision, recordedAt', async () => {
      const stream = uniqueStream();
      const event = anEvent('DecisionGranted', { grade: 'FULL', nested: { list: [1, 'two', null] } });
      const before = Date.now();
      await store().append(stream, [event], 'no_stream');
      const [read] = await store().readStream(stream);
      expect(read).toMatchObject({
        id: event.id,
        type: event.type,
        data: event.data,
        metadata: event.metadata,
        streamId: stream,
        revision: 0,
      });
      expect(read?.recordedAt.getTime()).toBeGreaterThanOrEqual(before - 5_000);
    });

    it('reads an unknown stream as empty', async () => {
      expect(await store().readStream(uniqueStream())).toEqual([]);
    });

    it('reads all events in one global order, after a position, with a limit', async () => {
      const a = uniqueStream();
      const b = uniqueStream();
      const first = await store().append(a, [anEvent()], 'no_stream');
      await store().append(b, someEvents(2), 'no_stream');
      await store().append(a, [anEvent()], 0);
      const after = await store().readAll({ after: { ...first.position, prepare: first.position.prepare - 1n } });
      const mine = after.filter((event) => event.streamId === a || event.streamId === b);
      expect(mine.map((event) => [event.streamId, event.revision])).toEqual([
        [a, 0],
        [b, 0],
        [b, 1],
        [a, 1],
      ]);
      for (let index = 1; index < after.length; index++) {
        expect(comparePositions(after[index - 1]!.position, after[index]!.position)).toBe(-1);
      }
      const limited = await store().readAll({ after: first.position, maxCount: 2 });
      expect(limited).toHaveLength(2);
    });

    it('filters all events by event type and by stream prefix', async () => {
      const prefix = uniqueStream('filtered');
      await store().append(`${prefix}-1`, [anEvent('Kept'), anEvent('Dropped')], 'no_stream');
      await store().append(`${prefix}-2`, [anEvent('Kept')], 'no_stream');
      const byType = await store().readAll({ maxCount: 10_000, filter: { eventTypes: ['Kept'] } });
      expect(byType.filter((event) => event.streamId.startsWith(prefix))).toHaveLength(2);
      expect(byType.every((event) => event.type === 'Kept')).toBe(true);
      const byPrefix = await store().readAll({ maxCount: 10_000, filter: { streamPrefixes: [prefix] } });
      expect(byPrefix.map((event) => event.type)).toEqual(['Kept', 'Dropped', 'Kept']);
    });
  });
}

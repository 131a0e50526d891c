import { WrongExpectedRevisionError, type EventStore } from '../../src';
import { anEvent, someEvents, uniqueStream } from './events-for-tests';

export function expectedRevisionCases(store: () => EventStore): void {
  describe('expected revision', () => {
    it('creates a stream with no_stream and numbers its events from 0', async () => {
      const stream = uniqueStream();
      const result = await store().append(stream, someEvents(3), 'no_stream');
      expect(result.nextExpectedRevision).toBe(2);
      const read = await store().readStream(stream);
      expect(read.map((event) => event.revision)).toEqual([0, 1, 2]);
    });

    it('refuses no_stream on an existing stream, names the actual revision and writes nothing', async () => {
      const stream = uniqueStream();
      await store().append(stream, someEvents(2), 'no_stream');
      const error = await store()
        .append(stream, [anEvent()], 'no_stream')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ code: 'WRONG_EXPECTED_REVISION', actual: 1, expected: 'no_stream' });
      expect(await store().readStream(stream)).toHaveLength(2);
    });

    it('appends at the exact revision and refuses a stale one without writing', async () => {
      const stream = uniqueStream();
      await store().append(stream, someEvents(2), 'no_stream');
      await expect(store().append(stream, [anEvent()], 1)).resolves.toMatchObject({ nextExpectedRevision: 2 });
      const stale = await store()
        .append(stream, [anEvent()], 1)
        .catch((e: unknown) => e);
      expect(stale).toMatchObject({ code: 'WRONG_EXPECTED_REVISION', actual: 2 });
      const ahead = await store()
        .append(stream, [anEvent()], 7)
        .catch((e: unknown) => e);
      expect(ahead).toMatchObject({ code: 'WRONG_EXPECTED_REVISION', actual: 2 });
      expect(await store().readStream(stream)).toHaveLength(3);
    });

    it('refuses an exact revision on a stream that does not exist', async () => {
      const stream = uniqueStream();
      const error = await store()
        .append(stream, [anEvent()], 0)
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'WRONG_EXPECTED_REVISION', actual: -1 });
      expect(await store().readStream(stream)).toEqual([]);
    });

    it('requires the stream to exist with stream_exists', async () => {
      const stream = uniqueStream();
      const error = await store()
        .append(stream, [anEvent()], 'stream_exists')
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'WRONG_EXPECTED_REVISION', actual: -1 });
      await store().append(stream, [anEvent()], 'any');
      await expect(store().append(stream, [anEvent()], 'stream_exists')).resolves.toMatchObject({
        nextExpectedRevision: 1,
      });
    });

    it('lets exactly one of many writers create the same stream at once', async () => {
      const stream = uniqueStream();
      const attempts = Array.from({ length: 8 }, () => someEvents(2));
      const outcomes = await Promise.allSettled(attempts.map((events) => store().append(stream, events, 'no_stream')));
      const winners = outcomes.flatMap((outcome, index) => (outcome.status === 'fulfilled' ? [index] : []));
      expect(winners).toHaveLength(1);
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(WrongExpectedRevisionError);
      }
      const stored = await store().readStream(stream);
      expect(stored.map((event) => event.id)).toEqual(attempts[winners[0] ?? -1]?.map((event) => event.id));
    });

    it('lets exactly one of many writers append at the same expected revision', async () => {
      const stream = uniqueStream();
      await store().append(stream, [anEvent()], 'no_stream');
      const outcomes = await Promise.allSettled(
        Array.from({ length: 8 }, () => store().append(stream, [anEvent()], 0)),
      );
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      expect(await store().readStream(stream)).toHaveLength(2);
    });
  });
}

import { StreamDeletedError, type EventStore } from '../../src';
import { anEvent, someEvents, uniqueStream } from './events-for-tests';

export function tombstoneCases(store: () => EventStore): void {
  describe('tombstone', () => {
    it('makes a deleted stream unreadable and unwritable, for good', async () => {
      const stream = uniqueStream();
      await store().append(stream, someEvents(2), 'no_stream');
      await store().deleteStream(stream, 1);
      await expect(store().readStream(stream)).rejects.toBeInstanceOf(StreamDeletedError);
      await expect(store().append(stream, [anEvent()], 'any')).rejects.toBeInstanceOf(StreamDeletedError);
      await expect(store().append(stream, [anEvent()], 'no_stream')).rejects.toBeInstanceOf(StreamDeletedError);
      await expect(store().deleteStream(stream, 'any')).rejects.toBeInstanceOf(StreamDeletedError);
    });

    it('refuses to delete at a stale revision', async () => {
      const stream = uniqueStream();
      await store().append(stream, someEvents(3), 'no_stream');
      await expect(store().deleteStream(stream, 0)).rejects.toMatchObject({
        code: 'WRONG_EXPECTED_REVISION',
        actual: 2,
      });
      expect(await store().readStream(stream)).toHaveLength(3);
    });
  });
}

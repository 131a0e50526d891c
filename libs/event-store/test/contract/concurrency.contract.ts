import { comparePositions, START, WrongExpectedRevisionError, type EventStore, type Position } from '../../src';
import { anEvent, uniqueStream } from './events-for-tests';
import type { StoreUnderTest } from './store-under-test';

/** Appends with an expected revision, re-reading the revision after each conflict. */
async function appendWithRetry(store: EventStore, stream: string, eventIds: string[]): Promise<void> {
  const event = anEvent('Counted');
  for (;;) {
    const [last] = await store.readStream(stream, { direction: 'backwards', maxCount: 1 });
    try {
      await store.append(stream, [event], last ? last.revision : 'no_stream');
      eventIds.push(event.id);
      return;
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
    }
  }
}

export function concurrencyCases(setup: () => StoreUnderTest): void {
  describe('concurrency', () => {
    it('keeps every stream gap-free and duplicate-free under many writers with expected revisions', async () => {
      const { store, concurrency } = setup();
      const streams = Array.from({ length: concurrency.streams }, () => uniqueStream('concurrent'));
      const acknowledged: string[] = [];
      await Promise.all(
        Array.from({ length: concurrency.writers }, async (_, writer) => {
          for (let i = 0; i < concurrency.appendsPerWriter; i++) {
            await appendWithRetry(store, streams[(writer + i) % streams.length]!, acknowledged);
          }
        }),
      );
      const stored = (await Promise.all(streams.map((stream) => store.readStream(stream)))).flat();
      expect(acknowledged).toHaveLength(concurrency.writers * concurrency.appendsPerWriter);
      expect(stored).toHaveLength(acknowledged.length);
      expect(new Set(stored.map((event) => event.id))).toEqual(new Set(acknowledged));
      for (const stream of streams) {
        const revisions = stored.filter((event) => event.streamId === stream).map((event) => event.revision);
        expect(revisions).toEqual(revisions.map((_, index) => index));
      }
    });

    it('never lets a reader of all events, nor a subscriber, skip one while writers run', async () => {
      const { store, concurrency } = setup();
      const prefix = uniqueStream('race');
      const start = await lastPosition(store, START);
      let checkpoint = start;
      const seen: string[] = [];
      let writing = true;
      const reader = (async () => {
        for (;;) {
          const done = !writing;
          const page = await store.readAll({ after: checkpoint, maxCount: 200, filter: { streamPrefixes: [prefix] } });
          for (const event of page) {
            expect(comparePositions(event.position, checkpoint)).toBe(1);
            seen.push(event.id);
            checkpoint = event.position;
          }
          if (done && page.length === 0) return;
        }
      })();
      const subscription = store.subscribeToAll({ after: start, filter: { streamPrefixes: [prefix] } });
      const expectedCount = concurrency.writers * concurrency.appendsPerWriter * 2;
      const subscribed = (async () => {
        const received: string[] = [];
        for await (const event of subscription) {
          received.push(event.id);
          if (received.length === expectedCount) break;
        }
        return received;
      })();
      const written: string[] = [];
      await Promise.all(
        Array.from({ length: concurrency.writers }, async (_, writer) => {
          for (let i = 0; i < concurrency.appendsPerWriter; i++) {
            const events = [anEvent('Raced'), anEvent('Raced')];
            await store.append(`${prefix}-${writer % concurrency.streams}`, events, 'any');
            written.push(...events.map((event) => event.id));
          }
        }),
      );
      writing = false;
      await reader;
      expect(seen).toHaveLength(written.length);
      expect(new Set(seen)).toEqual(new Set(written));
      const received = await subscribed;
      await subscription.stop();
      expect(received).toHaveLength(written.length);
      expect(new Set(received)).toEqual(new Set(written));
    });
  });
}

async function lastPosition(store: EventStore, from: Position): Promise<Position> {
  let position = from;
  for (;;) {
    const page = await store.readAll({ after: position, maxCount: 1_000 });
    const last = page.at(-1);
    if (!last) return position;
    position = last.position;
  }
}

import type { EventStore, Position, RecordedEvent, Subscription } from '../../src';
import { someEvents, uniqueStream } from './events-for-tests';

async function take(subscription: Subscription, count: number, prefix: string): Promise<RecordedEvent[]> {
  const taken: RecordedEvent[] = [];
  for await (const event of subscription) {
    if (!event.streamId.startsWith(prefix)) continue;
    taken.push(event);
    if (taken.length === count) break;
  }
  await subscription.stop();
  return taken;
}

export function subscriptionCases(store: () => EventStore): void {
  describe('catch-up subscription', () => {
    it('catches up, turns live, and resumes from its checkpoint missing nothing and repeating nothing', async () => {
      const prefix = uniqueStream('subscribed');
      const stored = someEvents(5);
      await store().append(`${prefix}-a`, stored, 'no_stream');

      const live = someEvents(5);
      const firstRun = take(store().subscribeToAll({ filter: { streamPrefixes: [prefix] } }), 7, prefix);
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const event of live) await store().append(`${prefix}-b`, [event], 'any');
      const first = await firstRun;
      const checkpoint: Position = first.at(-1)!.position;

      const whileStopped = someEvents(4);
      await store().append(`${prefix}-c`, whileStopped, 'no_stream');
      const second = await take(
        store().subscribeToAll({ after: checkpoint, filter: { streamPrefixes: [prefix] } }),
        7,
        prefix,
      );

      const expected = [...stored, ...live, ...whileStopped].map((event) => event.id);
      expect([...first, ...second].map((event) => event.id)).toEqual(expected);
    });
  });
}

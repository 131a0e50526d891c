import { startEmbeddedPostgres, type PostgresServer } from '@samsyn/testing';
import { openPostgresEventStore, type SqlEventStore } from '../src';
import { anEvent, someEvents, uniqueStream } from './contract/events-for-tests';

/** Restarts its own server: DATABASE_URL's server, if given, is not one the tests may restart. */
describe('PostgreSQL durability across a server restart', () => {
  let server: PostgresServer;
  let store: SqlEventStore;
  beforeAll(async () => {
    server = await startEmbeddedPostgres();
    store = await openPostgresEventStore(server.adminUrl);
  });
  afterAll(async () => {
    await store.close();
    await server.stop();
  });

  it('keeps acknowledged appends and serves the same store again once the server is back', async () => {
    const stream = uniqueStream();
    const events = someEvents(10);
    await store.append(stream, events, 'no_stream');
    await server.restart();

    const read = await retryWhileReconnecting(() => store.readStream(stream));
    expect(read.map((event) => event.id)).toEqual(events.map((event) => event.id));
    await expect(store.append(stream, [anEvent()], 9)).resolves.toMatchObject({ nextExpectedRevision: 10 });
  });

  it('keeps a live subscription going through a restart', async () => {
    const stream = uniqueStream('restart');
    const [last] = await store.readAll({ maxCount: 100_000 }).then((events) => events.slice(-1));
    const subscription = store.subscribeToAll({
      filter: { streamPrefixes: [stream] },
      ...(last ? { after: last.position } : {}),
    });
    const received = (async () => {
      const ids: string[] = [];
      for await (const event of subscription) {
        ids.push(event.id);
        if (ids.length === 2) break;
      }
      return ids;
    })();
    const before = anEvent();
    await store.append(stream, [before], 'no_stream');
    await server.restart();
    const after = anEvent();
    await retryWhileReconnecting(() => store.append(stream, [after], 0));
    expect(await received).toEqual([before.id, after.id]);
    await subscription.stop();
  });
});

/** Pooled connections broken by the restart fail once each; the pool replaces them. */
async function retryWhileReconnecting<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt === 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

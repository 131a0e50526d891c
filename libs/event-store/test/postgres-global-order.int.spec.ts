import { createTestDatabase, type TestDatabase } from '@samsyn/testing';
import { Client } from 'pg';
import { openPostgresEventStore, type Position, type SqlEventStore } from '../src';
import { anEvent, uniqueStream } from './contract/events-for-tests';

/**
 * Why the store reads `$all` in (transaction id, sequence) order and only below the oldest running
 * transaction: two interleavings that make simpler readers skip a committed event for good.
 */
describe('PostgreSQL global order under concurrent writers', () => {
  let database: TestDatabase;
  let store: SqlEventStore;
  const clients: Client[] = [];

  const connect = async (): Promise<Client> => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    clients.push(client);
    return client;
  };
  const appendIn = (client: Client, stream: string): Promise<unknown> =>
    client.query('select * from samsyn_append($1, $2, $3::jsonb)', [stream, 'any', JSON.stringify([anEvent()])]);

  /** A reader that keeps the last sequence number it saw and asks for rows after it. */
  const sequenceReader = (reader: Client, sql: string) => {
    let checkpoint = '0';
    const seen: string[] = [];
    return {
      seen,
      async poll(prefix: string) {
        const { rows } = await reader.query<{ seq: string; stream_id: string }>(sql, [checkpoint, prefix]);
        for (const row of rows) {
          seen.push(row.stream_id);
          checkpoint = row.seq;
        }
      },
    };
  };
  /** The classic reader: everything after the last sequence number it saw. */
  const bigserialReader = (reader: Client) =>
    sequenceReader(
      reader,
      'select seq::text, stream_id from samsyn_events where seq > $1 and stream_id ^@ $2 order by seq',
    );
  /** Holds back running transactions' events, but still orders by sequence number alone. */
  const xminBySequenceReader = (reader: Client) =>
    sequenceReader(
      reader,
      `select seq::text, stream_id from samsyn_events
        where seq > $1 and stream_id ^@ $2 and tx_id < pg_snapshot_xmin(pg_current_snapshot()) order by seq`,
    );

  const storeReader = () => {
    let checkpoint: Position = { commit: 0n, prepare: 0n };
    const seen: string[] = [];
    return {
      seen,
      async poll(prefix: string) {
        for (const event of await store.readAll({ after: checkpoint, filter: { streamPrefixes: [prefix] } })) {
          seen.push(event.streamId);
          checkpoint = event.position;
        }
      },
    };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    store = await openPostgresEventStore(database.url);
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end()));
    await store.close();
    await database.drop();
  });

  it('a later sequence number committing first: the bigserial reader loses the earlier one, the store does not', async () => {
    const prefix = uniqueStream('order-a');
    const [slowWriter, fastWriter, reader] = [await connect(), await connect(), await connect()];
    const bigserial = bigserialReader(reader);
    const byStore = storeReader();

    await slowWriter.query('begin');
    await appendIn(slowWriter, `${prefix}-slow`); // takes the lower sequence number, not yet committed
    await appendIn(fastWriter, `${prefix}-fast`); // higher sequence number, committed at once
    await bigserial.poll(prefix);
    await byStore.poll(prefix);
    await slowWriter.query('commit');
    await bigserial.poll(prefix);
    await byStore.poll(prefix);

    expect(bigserial.seen).toEqual([`${prefix}-fast`]);
    expect(byStore.seen).toEqual([`${prefix}-slow`, `${prefix}-fast`]);
  });

  it('an older transaction taking a later sequence number: ordering by sequence alone loses one, the store does not', async () => {
    const prefix = uniqueStream('order-b');
    const [older, younger, reader] = [await connect(), await connect(), await connect()];
    const xminBySequence = xminBySequenceReader(reader);
    const byStore = storeReader();

    await older.query('begin');
    await older.query('select pg_current_xact_id()'); // the older transaction id
    await younger.query('begin');
    await appendIn(younger, `${prefix}-younger`); // lower sequence number, younger transaction
    await appendIn(older, `${prefix}-older`); // higher sequence number, older transaction
    await older.query('commit');
    await xminBySequence.poll(prefix);
    await byStore.poll(prefix);
    await younger.query('commit');
    await xminBySequence.poll(prefix);
    await byStore.poll(prefix);

    expect(xminBySequence.seen).toEqual([`${prefix}-older`]);
    expect(byStore.seen).toEqual([`${prefix}-older`, `${prefix}-younger`]);
  });
});

import { randomBytes } from 'node:crypto';
import { PgliteClient, PostgresClient, SqlEventStore, type SqlClient } from '@samsyn/event-store';
import { JourneyKeyStore, MasterKey, SqlWrappedKeyTable } from '@samsyn/personal-data';
import { createTestDatabase } from '@samsyn/testing';
import { journeyEventDecoder, type EventDecoder } from '../../src';

export interface TestBackend {
  readonly sql: SqlClient;
  readonly store: SqlEventStore;
  readonly keys: JourneyKeyStore;
  readonly decode: EventDecoder;
  /** Empties the events, keys and projections, so that tests can share one database. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

const RESET_SQL = `
  do $reset$ declare schema_name text; begin
    for schema_name in select nspname from pg_namespace where nspname like 'rm\\_%' loop
      execute format('drop schema %I cascade', schema_name);
    end loop;
  end $reset$;
  drop table if exists samsyn_projections;
  truncate samsyn_events, samsyn_streams, samsyn_journey_keys;`;

export type OpenBackend = () => Promise<TestBackend>;

export const BACKENDS: [string, OpenBackend][] = [
  ['PGlite', async () => withStore(await PgliteClient.open(), async () => undefined)],
  [
    'PostgreSQL',
    async () => {
      const database = await createTestDatabase();
      return withStore(new PostgresClient({ connectionString: database.url }), () => database.drop());
    },
  ],
];

export async function withStore(sql: SqlClient, afterClose: () => Promise<void>): Promise<TestBackend> {
  const store = await SqlEventStore.open(sql);
  const keys = new JourneyKeyStore(
    MasterKey.fromBase64(randomBytes(32).toString('base64')),
    await SqlWrappedKeyTable.open(sql),
  );
  return {
    sql,
    store,
    keys,
    decode: journeyEventDecoder(keys),
    reset: () => sql.exec(RESET_SQL),
    async close() {
      await store.close();
      await afterClose();
    },
  };
}

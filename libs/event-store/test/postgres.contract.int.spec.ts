import { createTestDatabase } from '@samsyn/testing';
import { openPostgresEventStore } from '../src';
import { describeEventStoreContract } from './contract/event-store.contract';

describeEventStoreContract('PostgreSQL', async () => {
  const database = await createTestDatabase();
  const store = await openPostgresEventStore({ connectionString: database.url, max: 32 });
  return {
    store,
    concurrency: { writers: 32, appendsPerWriter: 100, streams: 8 },
    dispose: async () => {
      await store.close();
      await database.drop();
    },
  };
});

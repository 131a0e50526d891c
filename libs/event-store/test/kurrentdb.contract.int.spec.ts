import { KurrentDbEventStore } from '../src';
import { describeEventStoreContract } from './contract/event-store.contract';

/** Runs only when KURRENTDB_URL names a server (jest.config.js leaves it out otherwise and says so). */
describeEventStoreContract('KurrentDB', async () => {
  const url = process.env.KURRENTDB_URL;
  if (!url) throw new Error('KURRENTDB_URL is not set');
  const store = KurrentDbEventStore.connect(url);
  return {
    store,
    concurrency: { writers: 32, appendsPerWriter: 200, streams: 8 },
    dispose: () => store.close(),
  };
});

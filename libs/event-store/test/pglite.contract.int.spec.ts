import { openPgliteEventStore } from '../src';
import { describeEventStoreContract } from './contract/event-store.contract';

describeEventStoreContract('PGlite', async () => {
  const store = await openPgliteEventStore();
  return {
    store,
    concurrency: { writers: 16, appendsPerWriter: 50, streams: 8 },
    dispose: () => store.close(),
  };
});

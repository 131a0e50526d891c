import DataLoader from 'dataloader';

/**
 * A loader that gathers every `load` of one turn of the event loop into one call of `batch`, and caches
 * nothing, so each turn reads afresh. The batch waits for `setImmediate` rather than the next microtask
 * because resolvers of one federated list reach their reads a few promise ticks apart.
 */
export function perTurnLoader<Key, Value>(batch: DataLoader.BatchLoadFn<Key, Value>): DataLoader<Key, Value> {
  return new DataLoader<Key, Value>(batch, { cache: false, batchScheduleFn: (callback) => setImmediate(callback) });
}

import type { EventStore } from '../../src';

export interface StoreUnderTest {
  store: EventStore;
  /** How hard the concurrency cases push: writers, appends per writer, streams. */
  concurrency: { writers: number; appendsPerWriter: number; streams: number };
  dispose(): Promise<void>;
}

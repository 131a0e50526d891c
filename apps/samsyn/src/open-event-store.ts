import { mkdirSync } from 'node:fs';
import {
  KurrentDbEventStore,
  openPgliteEventStore,
  openPostgresEventStore,
  type EventStore,
} from '@samsyn/event-store';
import type { StoreConfig } from './store-config';

export async function openEventStore(config: StoreConfig): Promise<EventStore> {
  switch (config.kind) {
    case 'pglite':
      mkdirSync(config.dataDir, { recursive: true });
      return openPgliteEventStore(config.dataDir);
    case 'postgres':
      return openPostgresEventStore(config.url);
    case 'kurrentdb':
      return KurrentDbEventStore.connect(config.url);
  }
}

import type { PoolConfig } from 'pg';
import { PgliteClient } from './pglite-client';
import { PostgresClient } from './postgres-client';
import { SqlEventStore } from './sql-event-store';

export async function openPgliteEventStore(dataDir?: string): Promise<SqlEventStore> {
  return SqlEventStore.open(await PgliteClient.open(dataDir));
}

export async function openPostgresEventStore(config: string | PoolConfig): Promise<SqlEventStore> {
  return SqlEventStore.open(new PostgresClient(typeof config === 'string' ? { connectionString: config } : config));
}

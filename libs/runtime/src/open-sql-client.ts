import { mkdirSync } from 'node:fs';
import { PgliteClient, PostgresClient, type SqlClient } from '@samsyn/event-store';
import { pgliteDirectory, type StoreConfig } from './store-config';

/** The SQL database behind the tables, and behind the events unless they live in KurrentDB. */
export async function openSqlClient(config: StoreConfig): Promise<SqlClient> {
  switch (config.kind) {
    case 'postgres':
      return new PostgresClient({ connectionString: config.url });
    case 'kurrentdb':
      return config.tablesUrl ? new PostgresClient({ connectionString: config.tablesUrl }) : openPglite(config.dataDir);
    case 'pglite':
      return openPglite(config.dataDir);
    case 'memory':
      return PgliteClient.open();
  }
}

function openPglite(dataDir: string): Promise<PgliteClient> {
  const directory = pgliteDirectory(dataDir);
  mkdirSync(directory, { recursive: true });
  return PgliteClient.open(directory);
}

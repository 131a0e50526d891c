import { startEmbeddedPostgres } from '../../libs/testing/src/embedded-postgres-server';
import { createDatabaseOn } from '../../libs/testing/src/test-database';
import type { Cleanup } from './cleanup';
import { progress } from './progress';

export interface BenchDatabase {
  readonly url: string;
  /** Where the server comes from: `embedded` or `DATABASE_URL`. */
  readonly origin: 'embedded' | 'DATABASE_URL';
}

/**
 * A fresh, empty database for the run: on the server `DATABASE_URL` names (dropped at the end),
 * or on an embedded PostgreSQL started for the run (stopped at the end).
 */
export async function provideBenchDatabase(cleanup: Cleanup): Promise<BenchDatabase> {
  const given = process.env['DATABASE_URL'];
  if (given) return { url: await createDatabase(given, cleanup), origin: 'DATABASE_URL' };
  progress('starting embedded PostgreSQL');
  const server = await startEmbeddedPostgres();
  cleanup.defer('embedded PostgreSQL', () => server.stop());
  cleanup.handleSignals();
  return { url: await createDatabase(server.adminUrl, cleanup), origin: 'embedded' };
}

async function createDatabase(adminUrl: string, cleanup: Cleanup): Promise<string> {
  const database = await createDatabaseOn(adminUrl, 'samsyn_bench');
  cleanup.defer('bench database', () => database.drop());
  return database.url;
}

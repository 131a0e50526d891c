import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgliteClient, PostgresClient, SqlEventStore, type SqlClient } from '../../libs/event-store/src';
import type { Cleanup } from './cleanup';
import { provideBenchDatabase } from './postgres-server';
import { createRawTable } from './raw-baseline';

export type BackendId = 'postgresql' | 'pglite';

/** One database with the event store's schema and the raw table, and one SQL client both sides share. */
export interface Backend {
  readonly id: BackendId;
  readonly label: string;
  readonly description: string;
  /** Whether several connections run statements in parallel (PGlite has a single one). */
  readonly concurrent: boolean;
  readonly sql: SqlClient;
  readonly store: SqlEventStore;
}

interface ServerSettings {
  version: string;
  synchronous_commit: string;
  fsync: string;
}

export async function openPostgresBackend(cleanup: Cleanup): Promise<Backend> {
  const database = await provideBenchDatabase(cleanup);
  const sql = new PostgresClient({ connectionString: database.url });
  const store = await openStore(sql, cleanup, 'PostgreSQL store');
  const settings = await serverSettings(sql);
  return {
    id: 'postgresql',
    label: 'PostgreSQL',
    description: `PostgreSQL ${settings} (${database.origin}, pool of 10)`,
    concurrent: true,
    sql,
    store,
  };
}

/** PGlite on a data directory in the temp dir, with the store's durable (non-relaxed) settings. */
export async function openPgliteBackend(cleanup: Cleanup): Promise<Backend> {
  const dataDir = await mkdtemp(join(tmpdir(), 'samsyn-bench-pglite-'));
  cleanup.defer('PGlite data directory', () => rm(dataDir, { recursive: true, force: true }));
  const sql = await PgliteClient.open(dataDir);
  const store = await openStore(sql, cleanup, 'PGlite store');
  const settings = await serverSettings(sql);
  return {
    id: 'pglite',
    label: 'PGlite',
    description: `PGlite, PostgreSQL ${settings} (data directory in ${tmpdir()})`,
    concurrent: false,
    sql,
    store,
  };
}

/** The store's schema, then the raw table beside it; closing the store closes the client. */
async function openStore(sql: SqlClient, cleanup: Cleanup, name: string): Promise<SqlEventStore> {
  let store: SqlEventStore;
  try {
    store = await SqlEventStore.open(sql);
  } catch (error) {
    await sql.close();
    throw error;
  }
  cleanup.defer(name, () => store.close());
  await createRawTable(sql);
  return store;
}

async function serverSettings(sql: SqlClient): Promise<string> {
  const [row] = await sql.query<ServerSettings>(
    `select current_setting('server_version') as version,
            current_setting('synchronous_commit') as synchronous_commit,
            current_setting('fsync') as fsync`,
  );
  return row ? `${row.version}, synchronous_commit=${row.synchronous_commit}, fsync=${row.fsync}` : 'unknown version';
}

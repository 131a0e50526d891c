import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../libs/testing/src/embedded-postgres-server';
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
  const name = `samsyn_bench_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`create database ${name}`));
  cleanup.defer(`database ${name}`, () => withClient(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

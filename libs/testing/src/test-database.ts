import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export const TEST_ADMIN_URL_VARIABLE = 'SAMSYN_TEST_ADMIN_URL';

export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/**
 * A fresh database on the tests' PostgreSQL server: the one `DATABASE_URL` names, or the
 * embedded server the Jest global set-up started.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env[TEST_ADMIN_URL_VARIABLE];
  if (!adminUrl) throw new Error(`${TEST_ADMIN_URL_VARIABLE} is not set: run the tests through Jest's global set-up`);
  return createDatabaseOn(adminUrl, 'samsyn_test');
}

/**
 * A new database with a random name on the server `adminUrl` reaches; a copy of `template` when given
 * (which must have no open connections then).
 */
export async function createDatabaseOn(adminUrl: string, prefix: string, template?: string): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, (client) =>
    client.query(`create database ${name}${template ? ` template ${template}` : ''}`),
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () =>
      withClient(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(
        () => undefined,
      ),
  };
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

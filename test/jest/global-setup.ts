import { startEmbeddedPostgres, TEST_ADMIN_URL_VARIABLE, type PostgresServer } from '../../libs/testing/src';

declare global {
  var samsynPostgres: PostgresServer | undefined;
}

/** One PostgreSQL for the whole run: the one DATABASE_URL names, or an embedded server started here. */
export default async function globalSetup(): Promise<void> {
  if (!process.env.KURRENTDB_URL) {
    process.stdout.write(
      '\nKurrentDB contract suite NOT RUN: KURRENTDB_URL is not set (no KurrentDB server and no Docker engine here).\n',
    );
  }
  const given = process.env.DATABASE_URL;
  if (given) {
    process.env[TEST_ADMIN_URL_VARIABLE] = given;
    return;
  }
  const server = await startEmbeddedPostgres();
  globalThis.samsynPostgres = server;
  process.env[TEST_ADMIN_URL_VARIABLE] = server.adminUrl;
}

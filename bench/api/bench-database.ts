import { startEmbeddedPostgres } from '../../libs/testing/src/embedded-postgres-server';
import { createDatabaseOn } from '../../libs/testing/src/test-database';

export interface ApiBenchDatabase {
  /** The DATABASE_URL Samsyn is started with; undefined: PGlite in the run's data directory. */
  readonly url: string | undefined;
  /** Where the store comes from, for `method`. */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * The store for the measured Samsyn: a fresh database on the server DATABASE_URL names, else on an embedded
 * PostgreSQL started for the run (fsync on, as the package starts it); PGlite only when neither can be had
 * or SAMSYN_BENCH_STORE=pglite asks for it.
 */
export async function provideApiBenchDatabase(progress: (line: string) => void): Promise<ApiBenchDatabase> {
  if (process.env['SAMSYN_BENCH_STORE'] === 'pglite') return pglite('PGlite (SAMSYN_BENCH_STORE=pglite)');
  const given = process.env['DATABASE_URL'];
  if (given) {
    const database = await createDatabaseOn(given, 'samsyn_bench_api');
    return { url: database.url, origin: 'the server DATABASE_URL names', close: () => database.drop() };
  }
  progress('api: starting embedded PostgreSQL');
  try {
    const server = await startEmbeddedPostgres();
    try {
      const database = await createDatabaseOn(server.adminUrl, 'samsyn_bench_api');
      return {
        url: database.url,
        origin: 'an embedded server from the embedded-postgres package, fsync on',
        close: () => server.stop(),
      };
    } catch (error) {
      await server.stop();
      throw error;
    }
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    progress(`api: embedded PostgreSQL could not start (${why}); using PGlite`);
    return pglite(`PGlite (embedded PostgreSQL could not start: ${why})`);
  }
}

function pglite(origin: string): ApiBenchDatabase {
  return { url: undefined, origin, close: async () => undefined };
}

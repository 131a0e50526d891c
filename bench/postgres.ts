import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlClient } from '@samsyn/event-store';
import { MasterKey } from '@samsyn/personal-data';
import { openSamsynResources, type StoreConfig } from '@samsyn/runtime';
import { createDatabaseOn, startEmbeddedPostgres, type PostgresServer } from '@samsyn/testing';
import { closer, type BenchContext } from './harness';

export type Origin = 'embedded' | 'DATABASE_URL';

let embedded: Promise<PostgresServer> | undefined;

// A new database (a copy of `template` if given) on the server `DATABASE_URL` names, or on one embedded PostgreSQL
// from libs/testing started by the first section that asks. Dropped by `drop`, or at the end of the run.
export async function benchDatabase(context: BenchContext, prefix: string, template?: string) {
  const given = process.env['DATABASE_URL'];
  if (!given && !embedded) {
    context.progress('starting embedded PostgreSQL');
    embedded = startEmbeddedPostgres();
    const server = await embedded.catch((error: unknown) => {
      embedded = undefined;
      throw error;
    });
    context.onCleanup(() => server.stop());
  }
  const adminUrl = given ?? (await (embedded as Promise<PostgresServer>)).adminUrl;
  const database = await createDatabaseOn(adminUrl, prefix, template);
  const origin: Origin = given ? 'DATABASE_URL' : 'embedded';
  return { ...database, origin, drop: closer(context, () => database.drop()) };
}

export type BackendId = 'postgresql' | 'pglite';

export const randomMasterKey = () => MasterKey.fromBase64(randomBytes(32).toString('base64'));

/** Samsyn's store and tables on a fresh database (PGlite: in a temp dir), as the app opens them. */
export async function openBenchStore(context: BenchContext, id: BackendId, prefix: string) {
  const database =
    id === 'postgresql'
      ? await benchDatabase(context, prefix)
      : await mkdtemp(join(tmpdir(), 'samsyn-bench-pglite-')).then((path) => ({
          url: path,
          origin: `data directory in ${tmpdir()}`,
          drop: closer(context, () => rm(path, { recursive: true, force: true })),
        }));
  const config: StoreConfig =
    id === 'postgresql' ? { kind: 'postgres', url: database.url } : { kind: 'pglite', dataDir: database.url };
  const resources = await openSamsynResources(config, randomMasterKey());
  const [row] = await resources.sql.query<{ version: string; fsync: string; synchronous_commit: string }>(
    `select current_setting('server_version') as version, current_setting('fsync') as fsync,
            current_setting('synchronous_commit') as synchronous_commit`,
  );
  const settings = `PostgreSQL ${row?.version}, fsync=${row?.fsync}, synchronous_commit=${row?.synchronous_commit}`;
  return {
    label: id === 'postgresql' ? 'PostgreSQL' : 'PGlite',
    description: `${id === 'pglite' ? 'PGlite, ' : ''}${settings} (${database.origin})`,
    resources,
    close: closer(context, () => resources.close().finally(() => database.drop())),
  };
}

// Every event read with plain keyset pages on the store's primary key (no snapshot filter, mapping or decryption);
// `page` may wrap each page's query (to time it). Returns the events read.
export async function readRawPages(
  sql: SqlClient,
  pageSize: number,
  page: <T>(query: () => Promise<T[]>) => Promise<T[]> = (query) => query(),
): Promise<number> {
  let after = { txId: '0', seq: '0' };
  let events = 0;
  for (;;) {
    const rows = await page(() =>
      sql.query<{ tx_id: unknown; seq: unknown }>(
        `select * from samsyn_events where (tx_id, seq) > ($1::text::xid8, $2::bigint) order by tx_id, seq limit $3`,
        [after.txId, after.seq, pageSize],
      ),
    );
    events += rows.length;
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return events;
    after = { txId: String(last.tx_id), seq: String(last.seq) };
  }
}

import { performance } from 'node:perf_hooks';
import type { SqlClient } from '@samsyn/event-store';
import { JOURNEY_STREAM_PREFIX, journeyEventDecoder, rebuildProjections } from '@samsyn/projections';
import { personDirectoryProjection } from '@samsyn/read-models';
import { openSamsynResources, type SamsynResources } from '@samsyn/runtime';
import { DEMO_TODAY, importDemoJourneys } from '../demo';
import { closer, secondsSince, type BenchContext } from '../harness';
import { benchDatabase, randomMasterKey, type Origin } from '../postgres';

const PREFIX = 'samsyn_bench_growth';
const TABLES = ['samsyn_events', 'samsyn_streams'];
const TEMPLATE = 'bench_growth_template';
/** Copy statements at a time: PostgreSQL runs each on one core. */
const FILL_CONCURRENCY = 2;

// One database per size: the smallest holds demo journeys and the person directory; the others are copies of it
// (CREATE DATABASE … TEMPLATE) grown with copies of its events. Autovacuum off; ANALYZE after each bulk write.
export async function createSizedStores(context: BenchContext, sizes: readonly number[]) {
  const masterKey = randomMasterKey();
  const [smallest = 0, ...larger] = sizes;
  const base = await benchDatabase(context, PREFIX);
  const prepared = await openSamsynResources({ kind: 'postgres', url: base.url }, masterKey);
  const closePrepared = closer(context, () => prepared.close());
  context.progress(`writing demo journeys up to ${smallest} events`);
  for (const table of TABLES) await prepared.sql.query(`alter table ${table} set (autovacuum_enabled = off)`);
  const demo = { seeds: [2023], today: DEMO_TODAY, maxEvents: smallest, concurrency: 4, progress: context.progress };
  const written = await importDemoJourneys(prepared, demo);
  if (written.events < smallest) throw new Error(`The demo data holds only ${written.events} events`);
  await settle(prepared.sql);
  context.progress(`building the person directory of ${written.journeys} journeys`);
  const { store, sql, keys } = prepared;
  await rebuildProjections({ store, sql, decode: journeyEventDecoder(keys), projections: [personDirectoryProjection] });
  await closePrepared();
  const databases = [base];
  for (const _ of larger) databases.push(await benchDatabase(context, PREFIX, base.name));
  const stores: { events: number; resources: SamsynResources }[] = [];
  const closers = databases.map((database) => () => database.drop());
  for (const [index, database] of databases.entries()) {
    const resources = await openSamsynResources({ kind: 'postgres', url: database.url }, masterKey);
    closers.push(closer(context, () => resources.close()));
    const events = await growTo(resources.sql, index === 0 ? 0 : (larger[index - 1] ?? 0), context.progress);
    await settle(resources.sql);
    stores.push({ events, resources });
  }
  const close = () => closers.reverse().reduce((done, step) => done.then(step), Promise.resolve());
  return { stores, journeyIds: written.journeyIds, origin: base.origin satisfies Origin, close };
}

async function settle(sql: SqlClient): Promise<void> {
  for (const table of TABLES) await sql.query(`analyze ${table}`);
}

// Copies of the real events (new stream and event ids, positions from the store's defaults) up to `target`, one
// transaction per copy so that a copy's events lie together in the global order. Returns the events stored.
async function growTo(sql: SqlClient, target: number, progress: (line: string) => void): Promise<number> {
  await sql.exec(`drop table if exists ${TEMPLATE}`);
  // CREATE TABLE AS takes no parameters: the prefix is our own constant, quoted.
  await sql.exec(
    `create table ${TEMPLATE} as
       select row_number() over (order by tx_id, seq) as ord, event_id, stream_id, stream_revision, type, data, metadata
         from samsyn_events where stream_id ^@ '${JOURNEY_STREAM_PREFIX.replaceAll("'", "''")}'`,
  );
  const [row] = await sql.query<{ template: number; stored: number }>(
    `select (select count(*)::int from ${TEMPLATE}) as template, (select count(*)::int from samsyn_events) as stored`,
  );
  if (!row || row.template === 0) throw new Error('The store holds no journey events to copy');
  const copies: { copy: number; rows: number }[] = [];
  let stored = row.stored;
  while (stored < target) {
    const rows = Math.min(row.template, target - stored);
    copies.push({ copy: copies.length + 1, rows });
    stored += rows;
  }
  const copying = copies.length > 0;
  if (copying) progress(`copying events up to ${target}`);
  const started = performance.now();
  const streamId = `$3 || md5(t.stream_id || '/' || $1::int)::uuid`;
  const worker = async (): Promise<void> => {
    for (let next = copies.shift(); next; next = copies.shift()) {
      const params = [next.copy, next.rows, JOURNEY_STREAM_PREFIX];
      // Events, then their streams: an insert … returning feeding the second took half again as long.
      await sql.transaction(async (tx) => {
        await tx.query(
          `insert into samsyn_events (event_id, stream_id, stream_revision, type, data, metadata)
           select md5(t.event_id::text || '/' || $1::int)::uuid, ${streamId}, t.stream_revision, t.type, t.data, t.metadata
             from ${TEMPLATE} t where t.ord <= $2 order by t.ord`,
          params,
        );
        await tx.query(
          `insert into samsyn_streams (stream_id, revision)
           select ${streamId}, max(t.stream_revision) from ${TEMPLATE} t where t.ord <= $2 group by t.stream_id`,
          params,
        );
      });
    }
  };
  await Promise.all(Array.from({ length: FILL_CONCURRENCY }, worker));
  if (copying) progress(`${stored} events stored in ${secondsSince(started).toFixed(1)} s`);
  await sql.exec(`drop table if exists ${TEMPLATE}`);
  return stored;
}

import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { START, type EventStore, type NewEvent, type Position, type SqlClient } from '@samsyn/event-store';
import type { BenchRow, BenchSection, Measure } from '../harness';
import { openBenchStore, readRawPages, type BackendId } from '../postgres';
import { percentile, perSecond, versus } from '../stats';

/** The issue's goals for the store against a plain INSERT on PostgreSQL. */
const GOALS: Record<string, number> = { 'single-sequential.postgresql': 0.8, 'batch-100.postgresql': 0.85 };
const [STREAMS, BATCH_SIZE, BATCH_STREAMS, PAGE_SIZE] = [100, 100, 20, 1_000];

type AppendPlan = { streamIndex: number; streamId: string; revisionBefore: number; events: NewEvent[] };
type Sample = { events: number; seconds: number; latenciesMs: number[] };
type ReadAll = (page: <T>(query: () => Promise<T[]>) => Promise<T[]>) => Promise<unknown>;
/** One way of writing and reading the same events: through the event store, or plain SQL on an equivalent table. */
type Side = { append(plan: AppendPlan): Promise<unknown>; readAll: ReadAll };
type Round = (side: Side, index: number, sample: Sample) => Promise<unknown>;
type Case = { id: string; label: string; warmUp(side: Side): Promise<unknown>; round: Round };

/** The event store against plain SQL on the same database, on PostgreSQL and on PGlite (`npm run bench:store` alone). */
export const storeSection: BenchSection = {
  id: 'store',
  title: 'Event store against plain SQL',
  async run(context) {
    const [singles, batches, readPasses] = context.quick ? [500, 20, 1] : [10_000, 400, 2];
    const rows: BenchRow[] = [];
    for (const backend of ['postgresql', 'pglite'] as const) {
      const bench = await openBenchStore(context, backend, 'samsyn_bench');
      const { sql, store } = bench.resources;
      await sql.exec('drop table if exists bench_raw_events');
      await sql.exec('create table bench_raw_events (like samsyn_events including all)');
      const sides = { store: storeSide(store), raw: rawSide(sql) };
      const name = backend === 'postgresql' ? 'PostgreSQL' : 'PGlite';
      const cases = [
        appendCase(backend, 'single-sequential', [STREAMS, 1, singles, 1]),
        ...(backend === 'postgresql' ? [appendCase(backend, 'single-8-writers', [STREAMS, 1, singles, 8])] : []),
        appendCase(backend, `batch-${BATCH_SIZE}`, [BATCH_STREAMS, BATCH_SIZE, batches, 1]),
        readCase(readPasses),
      ];
      for (const bench of cases) {
        context.progress(`store: ${name}, ${bench.label}`);
        const measured = await sideBySide(bench, sides);
        const measure = (label: string, { events, seconds, latenciesMs }: Sample): Measure => {
          const detail = { p50Ms: percentile(latenciesMs, 50), p99Ms: percentile(latenciesMs, 99) };
          return { label, value: perSecond(events, seconds), unit: 'ev/s', detail };
        };
        const subject = measure(`store, ${bench.label} (${name})`, measured.store);
        const baseline = measure(bench.id === 'read-all' ? 'plain SELECT' : 'plain INSERT', measured.raw);
        const [id, ratio] = [`${bench.id}.${backend}`, GOALS[`${bench.id}.${backend}`]];
        rows.push(versus(`store.${id}`, subject, baseline, ratio ? { goal: { comparison: 'at least', ratio } } : {}));
      }
      await bench.close();
    }
    return {
      method:
        `${singles} single appends with an exact expected revision over ${STREAMS} streams (1 writer, and 8 on PostgreSQL), ` +
        `${batches} batches of ${BATCH_SIZE}, and reads of all events, each through the store and as plain SQL on the same database ` +
        '(embedded PostgreSQL with fsync on, pool of 10; PGlite in a temp directory); two rounds per side, ordered store, raw, raw, store.',
      rows,
    };
  },
};

// Each side warmed up, then measured in two rounds, in the order store, raw, raw, store, so that a drift of the
// machine or the database over the run (caches, checkpoints, autovacuum) weighs on both alike. Same input for both.
async function sideBySide(bench: Case, sides: Record<'store' | 'raw', Side>) {
  const empty = (): Sample => ({ events: 0, seconds: 0, latenciesMs: [] });
  const samples = { store: empty(), raw: empty() };
  await bench.warmUp(sides.store);
  await bench.warmUp(sides.raw);
  const rounds = { store: 0, raw: 0 };
  for (const name of ['store', 'raw', 'raw', 'store'] as const) {
    const started = performance.now();
    await bench.round(sides[name], rounds[name]++, samples[name]);
    samples[name].seconds += (performance.now() - started) / 1_000;
  }
  return samples;
}

// Appends of `size` events round-robin over `streams`, half in each round, so the expected revisions hold; each
// writer owns the streams whose index modulo the writer count is its own, so that writers never race on a stream.
type Shape = [streams: number, size: number, appends: number, writers: number];
function appendCase(backend: BackendId, id: string, [streams, size, appends, writers]: Shape): Case {
  const warmUp = size === 1 ? 2 * streams : streams;
  const plans = planAppends(`${backend}-${id}`, streams, warmUp + appends, size);
  const half = warmUp + Math.ceil(appends / 2);
  const rounds = [plans.slice(warmUp, half), plans.slice(half)].map((slice) =>
    Array.from({ length: writers }, (_, writer) => slice.filter((plan) => plan.streamIndex % writers === writer)),
  );
  const appendEach = async (side: Side, mine: readonly AppendPlan[], sample: Sample) => {
    for (const plan of mine) await timed(sample, () => side.append(plan), plan.events.length);
  };
  return {
    id,
    label: size === 1 ? `single appends, ${writers} writer${writers === 1 ? '' : 's'}` : `batches of ${size}, 1 writer`,
    warmUp: (side) => appendEach(side, plans.slice(0, warmUp), { events: 0, seconds: 0, latenciesMs: [] }),
    round: (side, index, sample) => Promise.all((rounds[index] ?? []).map((mine) => appendEach(side, mine, sample))),
  };
}

function readCase(passes: number): Case {
  return {
    id: 'read-all',
    label: `read all, pages of ${PAGE_SIZE}`,
    warmUp: (side) => side.readAll((query) => query()),
    async round(side, _index, sample) {
      for (let pass = 0; pass < passes; pass += 1) await side.readAll((query) => timed(sample, query));
    },
  };
}

async function timed<T>(sample: Sample, operation: () => Promise<T>, events?: number): Promise<T> {
  const started = performance.now();
  const result = await operation();
  sample.latenciesMs.push(performance.now() - started);
  sample.events += events ?? (result as unknown[]).length;
  return result;
}

function storeSide(store: EventStore): Side {
  return {
    async append(plan) {
      const expected = plan.revisionBefore < 0 ? 'no_stream' : plan.revisionBefore;
      const result = await store.append(plan.streamId, plan.events, expected);
      // Not a timing check: the writer tracks its stream's revision, and a wrong one means the bench is broken.
      if (result.nextExpectedRevision !== plan.revisionBefore + plan.events.length)
        throw new Error(`${plan.streamId}: the store reports revision ${result.nextExpectedRevision}`);
    },
    async readAll(page) {
      let after: Position = START;
      for (;;) {
        const events = await page(() => store.readAll({ after, maxCount: PAGE_SIZE }));
        if (events.length < PAGE_SIZE) return;
        after = events.at(-1)?.position ?? after;
      }
    },
  };
}

/** Plain SQL on `bench_raw_events` (samsyn_events' columns, keys and defaults): autocommitted INSERTs, keyset pages. */
function rawSide(sql: SqlClient): Side {
  const casts = ['uuid', 'text', 'bigint', 'text', 'jsonb', 'jsonb'];
  const statements = new Map<number, string>();
  const insertSql = (rows: number) =>
    'insert into bench_raw_events (event_id, stream_id, stream_revision, type, data, metadata) values ' +
    Array.from(
      { length: rows },
      (_, row) => `(${casts.map((cast, column) => `$${row * 6 + column + 1}::${cast}`).join(', ')})`,
    ).join(', ');
  return {
    async append({ events, streamId, revisionBefore }) {
      if (!statements.has(events.length)) statements.set(events.length, insertSql(events.length));
      const params = events.flatMap((event, offset) => {
        const [data, metadata] = [JSON.stringify(event.data), JSON.stringify(event.metadata)];
        return [event.id, streamId, revisionBefore + 1 + offset, event.type, data, metadata];
      });
      await sql.query(statements.get(events.length) as string, params);
    },
    readAll: (page) => readRawPages(sql, PAGE_SIZE, page),
  };
}

const NOTE = 'Samordnat planeringsmöte hållet; nästa steg överenskomna med vårdnadshavare och skola.';

function planAppends(prefix: string, streams: number, appends: number, size: number): AppendPlan[] {
  const revisions = new Array<number>(streams).fill(-1);
  return Array.from({ length: appends }, (_, index) => {
    const streamIndex = index % streams;
    const streamId = `${prefix}-${streamIndex}`;
    const revisionBefore = revisions[streamIndex] ?? -1;
    revisions[streamIndex] = revisionBefore + size;
    const events = Array.from({ length: size }, (_, offset) => ({
      id: randomUUID(),
      type: 'BenchNoteRecorded',
      data: { journeyId: streamId, revision: revisionBefore + 1 + offset, note: NOTE, tags: ['bench', 'samordning'] },
      metadata: {
        author: { organisation: 'KOMMUN:1880', unit: 'socialtjansten', user: 'bench' },
        commandId: randomUUID(),
        correlationId: randomUUID(),
        occurredAt: '2025-01-15T09:30:00.000Z',
      },
    }));
    return { streamIndex, streamId, revisionBefore, events };
  });
}

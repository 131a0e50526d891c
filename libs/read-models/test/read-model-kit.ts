import { randomBytes, randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import {
  decide,
  evolve,
  initialState,
  type JourneyCommand,
  type JourneyEvent,
  type JourneyState,
} from '@samsyn/domain';
import type { SqlClient } from '@samsyn/event-store';
import { personalDataCodec } from '@samsyn/journey-commands';
import { applyEvents, type ProjectedEvent, type Projection, type ProjectionTables } from '@samsyn/projections';

export interface RecordedJourney {
  journeyId: string;
  state: JourneyState;
  events: ProjectedEvent[];
}

let sequence = 0n;

/** Runs commands through the domain in memory, as the command side would, and gives the events as projections see them. */
export function recordInMemory(commands: readonly JourneyCommand[], journeyId = randomUUID()): RecordedJourney {
  let state = initialState();
  const events: ProjectedEvent[] = [];
  for (const command of commands) {
    for (const event of decide(command, state)) {
      state = evolve(state, event);
      sequence += 1n;
      events.push({
        journeyId,
        event,
        revision: events.length,
        position: { commit: sequence, prepare: 0n },
        author: command.metadata.author,
        occurredAt: command.metadata.now,
      });
    }
  }
  return { journeyId, state, events };
}

/** Creates a projection's tables in a schema of their own and applies the events one transaction each. */
export async function project<Name extends string>(
  sql: SqlClient,
  projection: Projection<Name>,
  events: readonly ProjectedEvent[],
): Promise<ProjectionTables<Name>> {
  const schema = `test_${projection.name}`;
  const tables = Object.fromEntries(
    projection.tableNames.map((name) => [name, `"${schema}"."${name}"`]),
  ) as ProjectionTables<Name>;
  await sql.exec(`create schema if not exists "${schema}"`);
  const [exists] = await sql.query<{ n: number }>(
    `select count(*)::int as n from information_schema.tables where table_schema = $1`,
    [schema],
  );
  if (exists?.n === 0)
    await sql.exec(`${projection.createTables(tables)}\n${projection.createIndexes?.(tables) ?? ''}`);
  for (const event of events) await sql.transaction((tx) => applyEvents(tx, projection, tables, [event]));
  return tables;
}

/** The journey a spec's events happen to unless it names another. */
export const JOURNEY = '00000000-0000-4000-8000-000000000001';

/** Where and when a spec's event happened; by default to JOURNEY, written by FK, on 1 March 2023 at 10:00 in Sweden. */
export interface Happening {
  readonly journeyId?: string;
  readonly author?: string;
  readonly occurredAt?: string;
}

/** A domain event as the runner hands it to a projection: given events, for a given-events / then-rows spec. */
export function happened(event: JourneyEvent, where: Happening = {}): ProjectedEvent {
  sequence += 1n;
  return {
    journeyId: where.journeyId ?? JOURNEY,
    event,
    revision: Number(sequence),
    position: { commit: sequence, prepare: 0n },
    author: where.author ?? 'FK',
    occurredAt: where.occurredAt ?? '2023-03-01T10:00:00+01:00',
  };
}

export type Row = Record<string, unknown>;

/** Every row of each of a projection's tables, by table, each table's rows in a stable order. */
export type RowsByTable<Name extends string> = { readonly [Table in Name]: Row[] };

/**
 * Applies the events to the projection alone, in tables made afresh for this call, and gives back every row of
 * its tables: the "then rows". It applies them twice, one transaction per event and all in one batch, and
 * throws when the two differ: a batch must leave the rows one event at a time would. No projection promises
 * that an event applied twice changes nothing: the runner applies each once (docs/adr/0007).
 */
export async function rowsAfter<Name extends string>(
  sql: SqlClient,
  projection: Projection<Name>,
  events: readonly ProjectedEvent[],
): Promise<RowsByTable<Name>> {
  const oneByOne = await rowsIn(sql, projection, `given_${projection.name}`, (tables) =>
    events.reduce(
      (applied, event) => applied.then(() => sql.transaction((tx) => applyEvents(tx, projection, tables, [event]))),
      Promise.resolve(),
    ),
  );
  const inOneBatch = await rowsIn(sql, projection, `batched_${projection.name}`, (tables) =>
    sql.transaction((tx) => applyEvents(tx, projection, tables, events)),
  );
  if (!isDeepStrictEqual(oneByOne, inOneBatch)) {
    throw new Error(
      `${projection.name}: one batch left other rows than one event at a time:\n${JSON.stringify({ oneByOne, inOneBatch }, null, 1)}`,
    );
  }
  return oneByOne;
}

async function rowsIn<Name extends string>(
  sql: SqlClient,
  projection: Projection<Name>,
  schema: string,
  applyTo: (tables: ProjectionTables<Name>) => Promise<void>,
): Promise<RowsByTable<Name>> {
  await sql.exec(`drop schema if exists "${schema}" cascade; create schema "${schema}"`);
  const tables = Object.fromEntries(
    projection.tableNames.map((name) => [name, `"${schema}"."${name}"`]),
  ) as ProjectionTables<Name>;
  await sql.exec(`${projection.createTables(tables)}\n${projection.createIndexes?.(tables) ?? ''}`);
  await applyTo(tables);
  const rows = await Promise.all(
    projection.tableNames.map(async (name) => [
      name,
      await sql.query<Row>(`select t.* from ${tables[name]} t order by t::text`),
    ]),
  );
  return Object.fromEntries(rows) as RowsByTable<Name>;
}

/** The events as a rebuild reads them once the data key is gone: sealed, then opened without a key. */
export async function readAfterKeyErased(events: readonly ProjectedEvent[]): Promise<ProjectedEvent[]> {
  return Promise.all(
    events.map(async (projected) => {
      const sealing = personalDataCodec(projected.journeyId, randomBytes(32));
      const stored = await sealing.encode(projected.event);
      return { ...projected, event: await personalDataCodec(projected.journeyId, undefined).decode(stored) };
    }),
  );
}

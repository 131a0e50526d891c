import { randomUUID } from 'node:crypto';
import { decide, evolve, initialState, type JourneyCommand, type JourneyState } from '@samsyn/domain';
import type { SqlClient } from '@samsyn/event-store';
import type { ProjectedEvent, Projection, ProjectionTables } from '@samsyn/projections';

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
  if (exists?.n === 0) await sql.exec(projection.createTables(tables));
  for (const event of events) await sql.transaction((tx) => projection.apply(tx, tables, event));
  return tables;
}

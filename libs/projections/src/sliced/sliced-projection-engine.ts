import type { SqlTransaction } from '@samsyn/event-store';
import type { ProjectedEvent, Projection, ProjectionTables } from '../projection';
import { MemoryRowSet } from './row-set';
import { indexDdl, loadSql, tableDdl, writeSql, type TableWrite } from './sliced-sql';
import type { JourneyRows, SlicedProjectionDefinition, SliceRow, TableSpec } from './sliced-projection';

/** The rows of one journey, by table, as plain data: what a fold starts from and ends with. */
export type SliceTables<Rows extends Record<string, SliceRow>> = {
  readonly [Table in keyof Rows]: readonly Rows[Table][];
};

export interface SlicedProjection<Rows extends Record<string, SliceRow>> extends Projection<keyof Rows & string> {
  readonly definition: SlicedProjectionDefinition<Rows>;
}

/**
 * Turns a sliced definition into a projection the runner applies batch by batch: per batch one query
 * loads the touched journeys' rows, the fold runs in memory, one statement writes the changes back.
 */
export function slicedProjection<Rows extends Record<string, SliceRow>>(
  definition: SlicedProjectionDefinition<Rows>,
): SlicedProjection<Rows> {
  const tableNames = Object.keys(definition.tables) as (keyof Rows & string)[];
  const applyBatch = (tx: SqlTransaction, tables: ProjectionTables<string>, events: readonly ProjectedEvent[]) =>
    applySliced(definition, tx, tables, events);
  return {
    name: definition.name,
    version: definition.version,
    tableNames,
    definition,
    createTables: (tables) => `${tableDdl(definition.tables, tables)}\n${indexDdl(definition.tables, tables)}`,
    apply: (tx, tables, event) => applyBatch(tx, tables, [event]),
    applyBatch,
  };
}

/** Pure, for tests: one journey's rows after its events, from the rows before (none by default). */
export function foldSlice<Rows extends Record<string, SliceRow>>(
  definition: SlicedProjectionDefinition<Rows>,
  events: readonly ProjectedEvent[],
  before: Partial<SliceTables<Rows>> = {},
): SliceTables<Rows> {
  const sets = rowSetsOf(definition);
  for (const [table, set] of Object.entries(sets)) set.load(before[table] ?? []);
  for (const event of events) definition.apply(sets as unknown as JourneyRows<Rows>, event);
  return Object.fromEntries(Object.entries(sets).map(([table, set]) => [table, set.all()])) as SliceTables<Rows>;
}

async function applySliced<Rows extends Record<string, SliceRow>>(
  definition: SlicedProjectionDefinition<Rows>,
  tx: SqlTransaction,
  tables: ProjectionTables<string>,
  events: readonly ProjectedEvent[],
): Promise<void> {
  const byJourney = groupByJourney(events);
  if (byJourney.size === 0) return;
  const [loaded] = await tx.query<Record<string, (SliceRow & { journey_id: string })[]>>(
    loadSql(definition.tables, tables),
    [[...byJourney.keys()]],
  );
  const slices = new Map([...byJourney.keys()].map((journeyId) => [journeyId, rowSetsOf(definition)]));
  for (const [table, rows] of Object.entries(loaded ?? {})) {
    for (const { journey_id, ...row } of rows) slices.get(journey_id)?.[table]?.load([row]);
  }
  for (const [journeyId, journeyEvents] of byJourney) {
    const sets = slices.get(journeyId) as unknown as JourneyRows<Rows>;
    for (const event of journeyEvents) definition.apply(sets, event);
  }
  const writes: TableWrite[] = Object.keys(definition.tables).map((table) => {
    const upserts: SliceRow[] = [];
    const deletes: SliceRow[] = [];
    for (const [journeyId, sets] of slices) {
      const changes = sets[table]?.changes();
      for (const row of changes?.upserts ?? []) upserts.push({ journey_id: journeyId, ...row });
      for (const row of changes?.deletes ?? []) deletes.push({ journey_id: journeyId, ...row });
    }
    return { table, upserts, deletes };
  });
  const touched = writes.filter((write) => write.upserts.length > 0 || write.deletes.length > 0);
  if (touched.length === 0) return;
  const { text, params } = writeSql(definition.tables, tables, touched);
  await tx.query(text, params);
}

function rowSetsOf({ tables }: { tables: object }): Record<string, MemoryRowSet<SliceRow>> {
  return Object.fromEntries(
    Object.entries(tables as Record<string, TableSpec<SliceRow>>).map(([table, spec]) => [
      table,
      new MemoryRowSet(spec),
    ]),
  );
}

/** Each journey's events in their order; journeys in the order they first appear. */
function groupByJourney(events: readonly ProjectedEvent[]): Map<string, ProjectedEvent[]> {
  const byJourney = new Map<string, ProjectedEvent[]>();
  for (const event of events) {
    const journey = byJourney.get(event.journeyId);
    if (journey) journey.push(event);
    else byJourney.set(event.journeyId, [event]);
  }
  return byJourney;
}

import type { SqlTransaction } from '@samsyn/event-store';
import type { ProjectedEvent, Projection, ProjectionTables } from '../projection';
import { MemoryRowSet } from './row-set';
import { indexDdl, loadColumns, tableDdl, writeParts, type TableWrite } from './sliced-sql';
import type { JourneyRows, SlicedProjectionDefinition, SliceRow, TableSpec } from './sliced-projection';

/** The rows of one journey, by table, as plain data: what a fold starts from and ends with. */
export type SliceTables<Rows extends Record<string, SliceRow>> = {
  readonly [Table in keyof Rows]: readonly Rows[Table][];
};

/** A batch's rows as loaded: by table, each row with its `journey_id`. */
export type LoadedRows = Readonly<Record<string, readonly (SliceRow & { journey_id: string })[]>>;

/**
 * What the runner does with a sliced projection, step by step, so that several of them share one read
 * of their rows and one write: the select-list that loads the batch's journeys' rows (`$1`: their ids),
 * the pure fold of the batch, and the statement parts that write what the fold touched.
 */
export interface SlicedSteps {
  loadColumns(tables: ProjectionTables<string>, alias: (table: string) => string): string[];
  fold(loaded: (table: string) => LoadedRows[string], events: readonly ProjectedEvent[]): TableWrite[];
  writeParts(tables: ProjectionTables<string>, writes: readonly TableWrite[], params: string[]): string[];
}

export interface SlicedProjection<Rows extends Record<string, SliceRow>> extends Projection<keyof Rows & string> {
  readonly definition: SlicedProjectionDefinition<Rows>;
  readonly sliced: SlicedSteps;
}

/**
 * Turns a sliced definition into a projection the runner applies batch by batch: per batch one query
 * loads the touched journeys' rows, the fold runs in memory, one statement writes the changes back.
 */
export function slicedProjection<Rows extends Record<string, SliceRow>>(
  definition: SlicedProjectionDefinition<Rows>,
): SlicedProjection<Rows> {
  const sliced = slicedSteps(definition);
  const applyBatch = (tx: SqlTransaction, tables: ProjectionTables<string>, events: readonly ProjectedEvent[]) =>
    applySlices(tx, [{ steps: sliced, tables }], events);
  return {
    name: definition.name,
    version: definition.version,
    tableNames: Object.keys(definition.tables),
    definition,
    sliced,
    createTables: (tables) => tableDdl(definition.tables, tables),
    createIndexes: (tables) => indexDdl(definition.tables, tables),
    apply: (tx, tables, event) => applyBatch(tx, tables, [event]),
    applyBatch,
  };
}

export function isSliced(projection: Projection): projection is SlicedProjection<Record<string, SliceRow>> {
  return 'sliced' in projection;
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

/** The journeys a batch touches, in the order they first appear: `$1` of the load. */
function journeysOf(events: readonly ProjectedEvent[]): string[] {
  return [...new Set(events.map((event) => event.journeyId))];
}

function slicedSteps<Rows extends Record<string, SliceRow>>(definition: SlicedProjectionDefinition<Rows>): SlicedSteps {
  const specs = definition.tables;
  return {
    loadColumns: (tables, alias) => loadColumns(specs, tables, alias),
    writeParts: (tables, writes, params) => writeParts(specs, tables, writes, params),
    fold(loaded, events) {
      const slices = new Map<string, Record<string, MemoryRowSet<SliceRow>>>();
      const sliceOf = (journeyId: string) => {
        let slice = slices.get(journeyId);
        if (!slice) slices.set(journeyId, (slice = rowSetsOf(definition)));
        return slice;
      };
      for (const table of Object.keys(specs)) {
        for (const { journey_id, ...row } of loaded(table)) sliceOf(journey_id)[table]?.load([row]);
      }
      for (const event of events) definition.apply(sliceOf(event.journeyId) as unknown as JourneyRows<Rows>, event);
      return Object.keys(specs).flatMap((table): TableWrite[] => {
        const upserts: SliceRow[] = [];
        const deletes: SliceRow[] = [];
        for (const [journeyId, slice] of slices) {
          const changes = slice[table]?.changes();
          for (const row of changes?.upserts ?? []) upserts.push({ journey_id: journeyId, ...row });
          for (const row of changes?.deletes ?? []) deletes.push({ journey_id: journeyId, ...row });
        }
        return upserts.length > 0 || deletes.length > 0 ? [{ table, upserts, deletes }] : [];
      });
    },
  };
}

/** A sliced projection's steps and the tables it writes to (its live or its building version). */
export interface SliceTarget {
  readonly steps: SlicedSteps;
  readonly tables: ProjectionTables<string>;
}

/**
 * Applies a batch to sliced projections together: one statement loads every projection's rows of the
 * batch's journeys, the folds run in memory, one statement writes all their changes.
 */
export async function applySlices(
  tx: SqlTransaction,
  targets: readonly SliceTarget[],
  events: readonly ProjectedEvent[],
): Promise<void> {
  if (targets.length === 0 || events.length === 0) return;
  const alias = (target: number) => (table: string) => `m${target}_${table}`;
  const columns = targets.flatMap(({ steps, tables }, i) => steps.loadColumns(tables, alias(i)));
  const [loaded] = await tx.query<LoadedRows>(`select ${columns.join(', ')}`, [journeysOf(events)]);
  const params: string[] = [];
  const parts = targets.flatMap(({ steps, tables }, i) =>
    steps.writeParts(
      tables,
      steps.fold((table) => loaded?.[alias(i)(table)] ?? [], events),
      params,
    ),
  );
  if (parts.length > 0) await tx.query(withParts(parts), params);
}

/** Data-modifying parts run as one statement. */
function withParts(parts: readonly string[]): string {
  return `with ${parts.map((part, i) => `w${i} as (${part})`).join(', ')} select 1`;
}

function rowSetsOf({ tables }: { tables: object }): Record<string, MemoryRowSet<SliceRow>> {
  return Object.fromEntries(
    Object.entries(tables as Record<string, TableSpec<SliceRow>>).map(([table, spec]) => [
      table,
      new MemoryRowSet(spec),
    ]),
  );
}

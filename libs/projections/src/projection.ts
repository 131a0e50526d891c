import type { JourneyEvent } from '@samsyn/domain';
import type { Position, SqlTransaction } from '@samsyn/event-store';

/** A journey event as projections see it: decoded (personal fields opened, null once erased), with where and when. */
export interface ProjectedEvent {
  readonly journeyId: string;
  readonly event: JourneyEvent;
  /** 0-based place in the journey's stream. */
  readonly revision: number;
  readonly position: Position;
  /** Organisation that wrote it (`FK`, `KOMMUN:1880`, …). */
  readonly author: string;
  /** When it happened in the world (ISO 8601), from the command's clock. */
  readonly occurredAt: string;
}

/** The tables of one version of a projection, schema-qualified: `tables.decisions` → `"rm_fk_v2"."decisions"`. */
export type ProjectionTables<Name extends string> = { readonly [Table in Name]: string };

/**
 * A read model kept from the journey events. Its tables live in a schema of their own per version
 * (`rm_<name>_v<version>`); raising `version` makes the runner build the new version from the first
 * event into a new schema, then switch readers to it and drop the old one.
 */
export interface Projection<TableName extends string = string> {
  /** Lower-case letters, digits and '_'. */
  readonly name: string;
  readonly version: number;
  readonly tableNames: readonly TableName[];
  /** DDL creating the tables (and their indexes) in `tables`, run once per version. */
  createTables(tables: ProjectionTables<TableName>): string;
  /**
   * DDL creating the secondary indexes, when kept apart from `createTables`: a version being built gets them
   * once its tables are loaded, just before it is swapped in, rather than keeping them up row by row.
   */
  createIndexes?(tables: ProjectionTables<TableName>): string;
  /** Applies one event inside the runner's transaction, which also moves the checkpoint. */
  apply(tx: SqlTransaction, tables: ProjectionTables<TableName>, event: ProjectedEvent): Promise<void>;
  /** Applies a batch at once (a sliced projection); without it the runner applies the events one by one. */
  applyBatch?(
    tx: SqlTransaction,
    tables: ProjectionTables<TableName>,
    events: readonly ProjectedEvent[],
  ): Promise<void>;
}

/** A batch in order, through `applyBatch` when the projection has it. */
export async function applyEvents<TableName extends string>(
  tx: SqlTransaction,
  projection: Projection<TableName>,
  tables: ProjectionTables<TableName>,
  events: readonly ProjectedEvent[],
): Promise<void> {
  if (projection.applyBatch) return projection.applyBatch(tx, tables, events);
  for (const event of events) await projection.apply(tx, tables, event);
}

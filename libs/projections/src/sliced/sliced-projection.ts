import type { ProjectedEvent } from '../projection';

/** A row as a sliced projection sees it: one journey's, so without `journey_id`, which the engine adds. */
export type SliceRow = Record<string, unknown>;

/**
 * One table of a sliced projection. Every table belongs to one journey per row: `journey_id uuid not null`
 * is its first column and the first part of its primary key, added by the engine.
 */
export interface TableSpec<Row extends SliceRow> {
  /** Column name → SQL type, in table order (e.g. `'text not null'`, `'text[] not null'`, `'timestamptz'`). */
  readonly columns: { readonly [Column in keyof Row & string]: string };
  /** The primary key after `journey_id`; empty for a table with one row per journey. */
  readonly key: readonly (keyof Row & string)[];
  /** Secondary indexes, as what follows `create index on <table>`: `'(valid_to) where active'`. */
  readonly indexes?: readonly string[];
}

/** One journey's rows of one table, in memory while a batch is folded; the engine writes the rows it touched. */
export interface RowSet<Row extends SliceRow> {
  all(): readonly Row[];
  /** The row with this key (omit it for a one-row table). */
  get(key?: Partial<Row>): Row | undefined;
  /** Inserts, or replaces the row with the same key. */
  put(row: Row): void;
  /** Inserts unless a row with the same key is there (`on conflict do nothing`). */
  add(row: Row): void;
  /** Changes the row with this key; no row, no change (as an SQL `update`). */
  update(key: Partial<Row>, change: Partial<Row> | ((row: Row) => Partial<Row>)): void;
  remove(key?: Partial<Row>): void;
}

export type JourneyRows<Rows extends Record<string, SliceRow>> = {
  readonly [Table in keyof Rows]: RowSet<Rows[Table]>;
};

export type TableSpecs<Rows extends Record<string, SliceRow>> = {
  readonly [Table in keyof Rows]: TableSpec<Rows[Table]>;
};

/**
 * A read model written as a pure fold over one journey's rows: the engine slices a batch of events by
 * journey, loads the rows those journeys have (one query), folds each journey's events in memory, and
 * writes the touched rows back (one statement), in the transaction that moves the checkpoint.
 */
export interface SlicedProjectionDefinition<Rows extends Record<string, SliceRow>> {
  readonly name: string;
  readonly version: number;
  readonly tables: TableSpecs<Rows>;
  /** Pure: one event of the journey changes the journey's rows. No SQL, clock or I/O. */
  apply(rows: JourneyRows<Rows>, event: ProjectedEvent): void;
}

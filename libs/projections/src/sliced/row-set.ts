import type { RowSet, SliceRow, TableSpec } from './sliced-projection';

/** A journey's rows of one table, keyed by the table's key, remembering which keys the fold touched. */
export class MemoryRowSet<Row extends SliceRow> implements RowSet<Row> {
  private readonly rows = new Map<string, Row>();
  /** Keys put, changed or removed since loading: what the engine writes back (present: upsert, absent: delete). */
  readonly touched = new Map<string, Row>();

  constructor(private readonly spec: TableSpec<Row>) {}

  /** Rows as they stand in the table, before the fold. */
  load(rows: readonly Row[]): void {
    for (const row of rows) this.rows.set(this.keyOf(row), row);
  }

  all(): readonly Row[] {
    return [...this.rows.values()];
  }

  get(key: Partial<Row> = {}): Row | undefined {
    return this.rows.get(this.keyOf(key));
  }

  put(row: Row): void {
    const key = this.keyOf(row);
    this.rows.set(key, { ...row });
    this.touched.set(key, row);
  }

  add(row: Row): void {
    if (!this.rows.has(this.keyOf(row))) this.put(row);
  }

  update(key: Partial<Row>, change: Partial<Row> | ((row: Row) => Partial<Row>)): void {
    const row = this.get(key);
    if (!row) return;
    this.put({ ...row, ...(typeof change === 'function' ? change(row) : change) });
  }

  remove(key: Partial<Row> = {}): void {
    const id = this.keyOf(key);
    const row = this.rows.get(id);
    if (!row) return;
    this.rows.delete(id);
    this.touched.set(id, row);
  }

  /** The touched rows that stand, and the keys of those that went. */
  changes(): { upserts: Row[]; deletes: Row[] } {
    const upserts: Row[] = [];
    const deletes: Row[] = [];
    for (const [key, row] of this.touched) {
      const now = this.rows.get(key);
      if (now) upserts.push(now);
      else deletes.push(row);
    }
    return { upserts, deletes };
  }

  private keyOf(row: Partial<Row>): string {
    return JSON.stringify(this.spec.key.map((column) => row[column] ?? null));
  }
}

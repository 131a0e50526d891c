import type { ProjectionTables } from '../projection';
import type { SliceRow, TableSpec, TableSpecs } from './sliced-projection';

type AnySpecs = TableSpecs<Record<string, SliceRow>>;
type AnySpec = TableSpec<SliceRow>;

const keyColumns = (spec: AnySpec): string[] => ['journey_id', ...spec.key];
const allColumns = (spec: AnySpec): string[] => ['journey_id', ...Object.keys(spec.columns)];

/** `create table` for each table, with its primary key; no secondary index (see `indexDdl`). */
export function tableDdl(specs: AnySpecs, tables: ProjectionTables<string>): string {
  return Object.entries(specs)
    .map(([name, spec]) => {
      const columns = Object.entries(spec.columns).map(([column, type]) => `${column} ${type}`);
      return `create table ${tables[name]} (journey_id uuid not null, ${columns.join(', ')}, primary key (${keyColumns(spec).join(', ')}));`;
    })
    .join('\n');
}

/** The secondary indexes, named so that running it again changes nothing. */
export function indexDdl(specs: AnySpecs, tables: ProjectionTables<string>): string {
  return Object.entries(specs)
    .flatMap(([name, spec]) =>
      (spec.indexes ?? []).map((on, i) => `create index if not exists ${name}_${i + 1} on ${tables[name]} ${on};`),
    )
    .join('\n');
}

/** A select-list reading every table's rows of the journeys in `$1`, one JSON array per table. */
export function loadColumns(
  specs: AnySpecs,
  tables: ProjectionTables<string>,
  alias: (table: string) => string,
): string[] {
  return Object.keys(specs).map(
    (name) =>
      `(select coalesce(json_agg(t), '[]'::json) from ${tables[name]} t where t.journey_id = any($1::uuid[])) as ${alias(name)}`,
  );
}

export interface TableWrite {
  readonly table: string;
  readonly upserts: readonly SliceRow[];
  readonly deletes: readonly SliceRow[];
}

/**
 * Statement parts deleting and upserting every table's touched rows (the two key sets are disjoint), for
 * one `with …` statement; each part's rows go in `params` as one JSON parameter.
 */
export function writeParts(
  specs: AnySpecs,
  tables: ProjectionTables<string>,
  writes: readonly TableWrite[],
  params: string[],
): string[] {
  const parts: string[] = [];
  const param = (rows: readonly SliceRow[]) => `$${params.push(JSON.stringify(rows))}::json`;
  for (const { table, upserts, deletes } of writes) {
    const spec = specs[table] as AnySpec;
    const target = tables[table];
    const keys = keyColumns(spec);
    if (deletes.length > 0) {
      const match = keys.map((column) => `t.${column} = d.${column}`).join(' and ');
      parts.push(
        `delete from ${target} t using json_populate_recordset(null::${target}, ${param(deletes)}) d where ${match}`,
      );
    }
    if (upserts.length > 0) {
      const columns = allColumns(spec);
      const rest = columns.filter((column) => !keys.includes(column));
      const onConflict =
        rest.length === 0
          ? 'do nothing'
          : `do update set ${rest.map((column) => `${column} = excluded.${column}`).join(', ')}`;
      parts.push(
        `insert into ${target} (${columns.join(', ')}) select ${columns.join(', ')}
         from json_populate_recordset(null::${target}, ${param(upserts)}) on conflict (${keys.join(', ')}) ${onConflict}`,
      );
    }
  }
  return parts;
}

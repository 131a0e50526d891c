import type { SqlClient } from '@samsyn/event-store';
import { tablesIn, versionSchema, type Projection } from '@samsyn/projections';

/** Per projection, one md5 over every row of every table of the version served: equal checksums, equal read models. */
export async function projectionChecksums(
  sql: SqlClient,
  projections: readonly Projection[],
): Promise<Record<string, string>> {
  const checksums: Record<string, string> = {};
  for (const projection of projections) {
    const [state] = await sql.query<{ version: number }>('select version from samsyn_projections where name = $1', [
      projection.name,
    ]);
    if (!state) throw new Error(`projection ${projection.name} has no state row`);
    const tables = tablesIn(projection, versionSchema(projection.name, state.version));
    const parts: string[] = [];
    for (const table of projection.tableNames) {
      const [row] = await sql.query<{ rows: string; md5: string | null }>(
        `select count(*)::text as rows, md5(string_agg(t::text, E'\\n' order by t::text)) as md5 from ${tables[table]} t`,
      );
      parts.push(`${table}:${row?.rows}:${row?.md5 ?? '-'}`);
    }
    checksums[projection.name] = parts.join(' ');
  }
  return checksums;
}

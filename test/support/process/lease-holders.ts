import type { SqlClient } from '@samsyn/event-store';

/**
 * Who applies each projection now: the `application_name` of the connection holding its lease
 * (the advisory lock `samsyn.lock:projection:<name>`), read from pg_locks; absent when nobody holds it.
 */
export async function leaseHolders(sql: SqlClient, projections: readonly string[]): Promise<Record<string, string[]>> {
  const rows = await sql.query<{ projection: string; holder: string }>(
    `select p.name as projection, a.application_name as holder
       from unnest($1::text[]) as p(name)
       join pg_locks l on l.locktype = 'advisory' and l.granted
        and ((l.classid::bigint << 32) | l.objid::bigint) = hashtextextended('samsyn.lock:projection:' || p.name, 0)
       join pg_stat_activity a on a.pid = l.pid
      order by 1, 2`,
    [projections],
  );
  const holders: Record<string, string[]> = {};
  for (const row of rows) (holders[row.projection] ??= []).push(row.holder);
  return holders;
}

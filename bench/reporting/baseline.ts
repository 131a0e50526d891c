import type { SqlClient } from '@samsyn/event-store';
import type { ProjectionTables } from '@samsyn/projections';
import type { ReportingTable } from '@samsyn/read-models';

export interface RawCell {
  readonly kommun: string;
  readonly ageBand: string;
  readonly gender: string;
  readonly count: number;
}

/**
 * The same question in its plainest SQL: people joined to a decision in force on the day and to the
 * residence they had then (the latest from that day or before), aged 19–29 that day, counted per
 * kommun × age band × gender with one GROUP BY.
 */
export function rawCountyCells(
  sql: SqlClient,
  t: ProjectionTables<ReportingTable>,
  date: string,
  area: string,
): Promise<RawCell[]> {
  return sql.query<RawCell>(
    `select r.kommun, case when $1 < p.turns_20_on then '19' when $1 < p.turns_25_on then '20-24' else '25-29' end as "ageBand",
            p.gender, count(*)::int as count
       from ${t.people} p
       join ${t.decisions} d on d.journey_id = p.journey_id and d.valid_from <= $1 and $1 <= d.valid_to and (d.ended_on is null or d.ended_on > $1)
       join ${t.residences} r on r.journey_id = p.journey_id and r.from_day <= $1
      where p.gender is not null and p.turns_19_on <= $1 and $1 < p.turns_30_on and r.kommun like $2 || '%'
        and not exists (select 1 from ${t.residences} later where later.journey_id = r.journey_id and later.from_day <= $1 and later.from_day > r.from_day)
      group by 1, 2, 3`,
    [date, area],
  );
}

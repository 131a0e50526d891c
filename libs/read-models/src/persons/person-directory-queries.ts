import type { SqlTransaction } from '@samsyn/event-store';
import type { ProjectionTables } from '@samsyn/projections';

export interface PersonRow {
  journeyId: string;
  homeKommun: string;
  openedOn: string;
  lastEventAt: string;
  events: number;
}

const COLUMNS = `journey_id as "journeyId", home_kommun as "homeKommun", opened_on as "openedOn",
  to_json(last_event_at)#>>'{}' as "lastEventAt", events`;

export function personsInKommun(
  sql: SqlTransaction,
  t: ProjectionTables<'persons'>,
  kommun: string,
): Promise<PersonRow[]> {
  return sql.query<PersonRow>(
    `select ${COLUMNS} from ${t.persons} where home_kommun = $1 order by opened_on, journey_id`,
    [kommun],
  );
}

export function personById(
  sql: SqlTransaction,
  t: ProjectionTables<'persons'>,
  journeyId: string,
): Promise<PersonRow | undefined> {
  return personsById(sql, t, [journeyId]).then((rows) => rows[0]);
}

export function personsById(
  sql: SqlTransaction,
  t: ProjectionTables<'persons'>,
  journeyIds: readonly string[],
): Promise<PersonRow[]> {
  return sql.query<PersonRow>(`select ${COLUMNS} from ${t.persons} where journey_id = any($1::uuid[])`, [journeyIds]);
}

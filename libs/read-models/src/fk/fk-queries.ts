import type { GradeName, IsoDate } from '@samsyn/domain';
import type { SqlTransaction } from '@samsyn/event-store';
import type { ProjectionTables } from '@samsyn/projections';
import { addMonths, addYears } from '../dates';
import type { LotsningStatus } from './fk-benefit.projection';

type Tables = ProjectionTables<'decisions' | 'avslag_cases' | 'persons'>;

export interface DecisionRow {
  journeyId: string;
  decisionId: string;
  grade: GradeName;
  validFrom: IsoDate;
  validTo: IsoDate;
}

export interface AvslagCaseRow {
  journeyId: string;
  rejectedOn: IsoDate;
  status: LotsningStatus;
  failedAttempts: number;
  referredTo: string[];
  updatedOn: IsoDate;
}

export interface TurningThirtyRow {
  journeyId: string;
  homeKommun: string;
  turns30On: IsoDate;
}

export function decisionsEndingWithin(
  sql: SqlTransaction,
  t: Tables,
  today: IsoDate,
  months: number,
): Promise<DecisionRow[]> {
  return sql.query<DecisionRow>(
    `select journey_id as "journeyId", decision_id as "decisionId", grade, valid_from as "validFrom", valid_to as "validTo"
     from ${t.decisions} where active and valid_to >= $1 and valid_to <= $2 order by valid_to, journey_id`,
    [today, addMonths(today, months)],
  );
}

export function currentDecision(sql: SqlTransaction, t: Tables, journeyId: string): Promise<DecisionRow | undefined> {
  return currentDecisions(sql, t, [journeyId]).then((rows) => rows[0]);
}

/** The current decision of each of the journeys that has one. */
export function currentDecisions(
  sql: SqlTransaction,
  t: Tables,
  journeyIds: readonly string[],
): Promise<DecisionRow[]> {
  return sql.query<DecisionRow>(
    `select journey_id as "journeyId", decision_id as "decisionId", grade, valid_from as "validFrom", valid_to as "validTo"
     from ${t.decisions} where journey_id = any($1::uuid[]) and active`,
    [journeyIds],
  );
}

const AVSLAG_COLUMNS = `journey_id as "journeyId", rejected_on as "rejectedOn", status, failed_attempts as "failedAttempts",
  referred_to as "referredTo", updated_on as "updatedOn"`;

export function avslagCases(
  sql: SqlTransaction,
  t: Tables,
  status: LotsningStatus | undefined,
): Promise<AvslagCaseRow[]> {
  return sql.query<AvslagCaseRow>(
    `select ${AVSLAG_COLUMNS} from ${t.avslag_cases} where $1::text is null or status = $1 order by rejected_on, journey_id`,
    [status ?? null],
  );
}

export function avslagCase(sql: SqlTransaction, t: Tables, journeyId: string): Promise<AvslagCaseRow | undefined> {
  return avslagCasesOf(sql, t, [journeyId]).then((rows) => rows[0]);
}

/** The latest avslag case of each of the journeys that has one. */
export function avslagCasesOf(sql: SqlTransaction, t: Tables, journeyIds: readonly string[]): Promise<AvslagCaseRow[]> {
  return sql.query<AvslagCaseRow>(
    `select ${AVSLAG_COLUMNS} from ${t.avslag_cases} where journey_id = any($1::uuid[])`,
    [journeyIds],
  );
}

export function turningThirtyWithin(
  sql: SqlTransaction,
  t: Tables,
  today: IsoDate,
  years: number,
): Promise<TurningThirtyRow[]> {
  return sql.query<TurningThirtyRow>(
    `select journey_id as "journeyId", home_kommun as "homeKommun", turns_30_on as "turns30On"
     from ${t.persons} where turns_30_on > $1 and turns_30_on <= $2 order by turns_30_on, journey_id`,
    [today, addYears(today, years)],
  );
}

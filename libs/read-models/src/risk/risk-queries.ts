import { LOTSNING_OWNER, type IsoDate, type OrganisationRef } from '@samsyn/domain';
import type { SqlTransaction } from '@samsyn/event-store';
import type { ProjectionTables } from '@samsyn/projections';
import { addDays } from '../dates';

export type RiskSignalsTables = ProjectionTables<'decisions' | 'insatser' | 'uninformed_changes' | 'avslag'>;
type Tables = RiskSignalsTables;

export const RISK_KINDS = ['insats_outlasts_benefit', 'contact_changed_uninformed', 'no_contact_after_avslag'] as const;
export type RiskKind = (typeof RISK_KINDS)[number];

export interface RiskSignalRow {
  journeyId: string;
  kind: RiskKind;
  /** The day the risk arose. */
  since: IsoDate;
  /** What it is about: the insats, the contact role, or the avslag. */
  subject: string;
  /** Whose it is: the insats's provider, the organisation whose contact changed, FK for its lotsning. */
  organisation: OrganisationRef;
}

/** After this many days without contact, an open lotsning after an avslag is a risk. */
export const NO_CONTACT_DAYS = 90;

export function riskSignals(
  sql: SqlTransaction,
  t: Tables,
  today: IsoDate,
  filter: { journeyIds?: readonly string[]; kind?: RiskKind } = {},
): Promise<RiskSignalRow[]> {
  return sql.query<RiskSignalRow>(
    `select * from (
       select i.journey_id as "journeyId", 'insats_outlasts_benefit' as kind, d.valid_to as since,
              i.insats_id || ' (' || i.insats_type || ', ' || i.provider || ') planned to end ' || i.planned_end as subject,
              i.provider as organisation
       from ${t.insatser} i join ${t.decisions} d on d.journey_id = i.journey_id where i.planned_end > d.valid_to
       union all
       select journey_id, 'contact_changed_uninformed', changed_on, organisation || ' ' || role, organisation
       from ${t.uninformed_changes}
       union all
       select journey_id, 'no_contact_after_avslag', rejected_on, 'avslag ' || rejected_on, $4::text
       from ${t.avslag} where rejected_on <= $1
     ) signals
     where ($2::uuid[] is null or "journeyId" = any($2::uuid[])) and ($3::text is null or kind = $3)
     order by since, "journeyId", kind`,
    [addDays(today, -NO_CONTACT_DAYS), filter.journeyIds ?? null, filter.kind ?? null, LOTSNING_OWNER],
  );
}

import type { ContactRole, InsatsType, IsoDate } from '@samsyn/domain';
import type { SqlTransaction } from '@samsyn/event-store';
import type { ProjectionTables } from '@samsyn/projections';
import { addMonths } from '../dates';

type Tables = ProjectionTables<'participants' | 'insatser' | 'contacts' | 'certificates' | 'benefits'>;

export interface ParticipantRow {
  journeyId: string;
  since: IsoDate;
}

export interface InsatsRow {
  journeyId: string;
  insatsId: string;
  insatsType: InsatsType;
  provider: string;
  orderedBy: string;
  kommun: string;
  extentPercent: number;
  startDate: IsoDate;
  plannedEnd: IsoDate | null;
  endDate: IsoDate | null;
  status: string;
}

export interface ContactRow {
  journeyId: string;
  organisation: string;
  role: ContactRole;
  since: IsoDate;
  changes: number;
  lastChangeTold: boolean | null;
}

export interface CertificateNeedRow {
  journeyId: string;
  decisionEnds: IsoDate;
  lastCertificateOn: IsoDate | null;
}

/** Organisations whose id starts with `prefix` (`KOMMUN:1880`, or `REGION:` for every region). */
const ORGANISATION_MATCH = `(organisation = $1 or ($1 like '%:' and organisation like $1 || '%'))`;

export function participantsOf(sql: SqlTransaction, t: Tables, organisation: string): Promise<ParticipantRow[]> {
  return sql.query<ParticipantRow>(
    `select journey_id as "journeyId", min(since) as since from ${t.participants} where ${ORGANISATION_MATCH}
     group by journey_id order by since, journey_id`,
    [organisation],
  );
}

const INSATS_COLUMNS = `journey_id as "journeyId", insats_id as "insatsId", insats_type as "insatsType", provider,
  ordered_by as "orderedBy", kommun, extent_percent as "extentPercent", start_date as "startDate",
  planned_end as "plannedEnd", end_date as "endDate", status`;

/** Insatser an organisation provides or ordered; all of one journey's when `journeyId` is given. */
export function insatserOf(
  sql: SqlTransaction,
  t: Tables,
  filter: { organisation?: string; journeyId?: string; activeOnly?: boolean },
): Promise<InsatsRow[]> {
  return sql.query<InsatsRow>(
    `select ${INSATS_COLUMNS} from ${t.insatser}
     where ($1::text is null or provider = $1 or ordered_by = $1) and ($2::uuid is null or journey_id = $2)
       and (not $3 or status <> 'ended')
     order by start_date, journey_id, insats_id`,
    [filter.organisation ?? null, filter.journeyId ?? null, filter.activeOnly ?? false],
  );
}

export function contactsOf(
  sql: SqlTransaction,
  t: Tables,
  filter: { organisation?: string; journeyId?: string },
): Promise<ContactRow[]> {
  return sql.query<ContactRow>(
    `select journey_id as "journeyId", organisation, role, since, changes, last_change_told as "lastChangeTold"
     from ${t.contacts} where ($1::text is null or organisation = $1) and ($2::uuid is null or journey_id = $2)
     order by journey_id, organisation, role`,
    [filter.organisation ?? null, filter.journeyId ?? null],
  );
}

/**
 * People whose decision ends within `months` and who have no läkarutlåtande issued since the decision
 * began: a new application will need one, and the region's healthcare writes it.
 */
export function needingCertificate(
  sql: SqlTransaction,
  t: Tables,
  today: IsoDate,
  months: number,
): Promise<CertificateNeedRow[]> {
  return sql.query<CertificateNeedRow>(
    `select b.journey_id as "journeyId", b.valid_to as "decisionEnds", c.last_issued_on as "lastCertificateOn"
     from ${t.benefits} b left join ${t.certificates} c on c.journey_id = b.journey_id
     where b.active and b.valid_to >= $1 and b.valid_to <= $2 and (c.last_issued_on is null or c.last_issued_on < b.valid_from)
     order by b.valid_to, b.journey_id`,
    [today, addMonths(today, months)],
  );
}

import type { InsatsType, IsoDate } from '@samsyn/domain';
import type { SqlTransaction } from '@samsyn/event-store';
import type { ProjectionTables } from '@samsyn/projections';
import type { ReportingTable } from './reporting.projection';
import type { LegalGender } from './legal-gender';

type Tables = ProjectionTables<ReportingTable>;

export const REPORT_AGE_BANDS = ['19', '20-24', '25-29'] as const;
export type ReportAgeBand = (typeof REPORT_AGE_BANDS)[number];

/** Where a report looks: a kommun (4 digits), a län (its 2 digits), or all of Sweden (null). */
export type ReportArea = string | null;

/** The kommun a person lived in on a day: their latest residence from that day or before. */
const kommunOn = (t: Tables, journey: string, day: string) =>
  `(select r.kommun from ${t.residences} r where r.journey_id = ${journey} and r.from_day <= ${day} order by r.from_day desc limit 1)`;

export interface CountyCellRow {
  kommun: string;
  ageBand: ReportAgeBand;
  gender: LegalGender;
  count: number;
}

/** People with a decision in force on `day`, aged 19–29 that day, per kommun × age band × legal gender. */
export function activeDecisionCells(
  sql: SqlTransaction,
  t: Tables,
  day: IsoDate,
  area: ReportArea,
): Promise<CountyCellRow[]> {
  // The residences in the area first (the residence held on the day: none later by then), so that the
  // cost follows the area asked for rather than the whole country.
  return sql.query<CountyCellRow>(
    `select kommun, age_band as "ageBand", gender, count(*)::int as count from (
       select r.kommun, p.gender,
              case when $1 < p.turns_20_on then '19' when $1 < p.turns_25_on then '20-24' else '25-29' end as age_band
         from ${t.residences} r join ${t.people} p on p.journey_id = r.journey_id
        where r.kommun like $2 || '%' and r.from_day <= $1
          and not exists (select 1 from ${t.residences} later
                           where later.journey_id = r.journey_id and later.from_day > r.from_day and later.from_day <= $1)
          and p.gender is not null and p.turns_19_on <= $1 and $1 < p.turns_30_on
          and exists (select 1 from ${t.decisions} d where d.journey_id = p.journey_id
                        and d.valid_from <= $1 and $1 <= d.valid_to and (d.ended_on is null or d.ended_on > $1))
     ) people
     group by 1, 2, 3 order by 1, 2, 3`,
    [day, area ?? ''],
  );
}

export interface LotsningOutcomeRow {
  kommun: string;
  avslag: number;
  offered: number;
  accepted: number;
  declined: number;
  unreachable: number;
  referred: number;
  contactEstablished: number;
  omstallningsmote: number;
}

/** Avslag from `from` to `to` (inclusive) per kommun at the time, with how lotsning went for each. */
export function lotsningOutcomes(
  sql: SqlTransaction,
  t: Tables,
  from: IsoDate,
  to: IsoDate,
  area: ReportArea,
): Promise<LotsningOutcomeRow[]> {
  return sql.query<LotsningOutcomeRow>(
    `select kommun, count(*)::int as avslag, count(*) filter (where offered)::int as offered,
            count(*) filter (where accepted)::int as accepted, count(*) filter (where declined)::int as declined,
            count(*) filter (where unreachable)::int as unreachable, count(*) filter (where referred)::int as referred,
            count(*) filter (where contact_established)::int as "contactEstablished",
            count(*) filter (where omstallningsmote)::int as omstallningsmote
       from ${t.avslag} where rejected_on between $1 and $2 and kommun like $3 || '%'
      group by kommun order by kommun`,
    [from, to, area ?? ''],
  );
}

export interface BenefitEndingRow {
  kommun: string;
  ended: number;
  movedOn: number;
}

/** Benefits that ended from `from` to `to`, per kommun at the end, and how many of those people moved on to work or studies. */
export function benefitEndings(
  sql: SqlTransaction,
  t: Tables,
  from: IsoDate,
  to: IsoDate,
  area: ReportArea,
): Promise<BenefitEndingRow[]> {
  return sql.query<BenefitEndingRow>(
    `select kommun, count(*)::int as ended, count(*) filter (where moved_on)::int as "movedOn" from (
       select ${kommunOn(t, 'd.journey_id', 'd.ended_on')} as kommun, d.moved_on
         from ${t.decisions} d where d.ended_on between $1 and $2
     ) endings where kommun like $3 || '%' group by kommun order by kommun`,
    [from, to, area ?? ''],
  );
}

export interface ContactContinuityRow {
  kommun: string;
  changes: number;
  told: number;
  personYears: number;
}

/** Contact-person changes from `from` to `to` per kommun, those the person was told of, and the person-years of journeys open then. */
export function contactContinuity(
  sql: SqlTransaction,
  t: Tables,
  from: IsoDate,
  to: IsoDate,
  area: ReportArea,
): Promise<ContactContinuityRow[]> {
  return sql.query<ContactContinuityRow>(
    `with exposure as (
       select ${kommunOn(t, 'p.journey_id', '$2')} as kommun,
              sum(($2::date - greatest(p.opened_on, $1)::date + 1) / 365.25) as person_years
         from ${t.people} p where p.opened_on <= $2 group by 1),
     changes as (
       select kommun, count(*)::int as changes, count(*) filter (where person_informed)::int as told
         from ${t.contact_changes} where changed_on between $1 and $2 group by kommun)
     select e.kommun, coalesce(c.changes, 0) as changes, coalesce(c.told, 0) as told, round(e.person_years::numeric, 2)::float8 as "personYears"
       from exposure e left join changes c using (kommun) where e.kommun like $3 || '%' order by e.kommun`,
    [from, to, area ?? ''],
  );
}

export interface InsatsDurationRow {
  insatsType: InsatsType;
  ended: number;
  medianDays: number | null;
  p90Days: number | null;
  cutByBenefitEnd: number;
}

/** Insatser that ended from `from` to `to`, per type: how long they lasted (median, 90th percentile) and how many a benefit's end cut off. */
export function insatsDurations(
  sql: SqlTransaction,
  t: Tables,
  from: IsoDate,
  to: IsoDate,
  area: ReportArea,
): Promise<InsatsDurationRow[]> {
  return sql.query<InsatsDurationRow>(
    `select insats_type as "insatsType", count(*)::int as ended,
            round(percentile_cont(0.5) within group (order by ended_on::date - started_on::date)::numeric, 1)::float8 as "medianDays",
            round(percentile_cont(0.9) within group (order by ended_on::date - started_on::date)::numeric, 1)::float8 as "p90Days",
            count(*) filter (where cut_by_benefit_end)::int as "cutByBenefitEnd"
       from ${t.insatser} where ended_on between $1 and $2 and kommun like $3 || '%'
      group by insats_type order by insats_type`,
    [from, to, area ?? ''],
  );
}

import type { DataCategory, IsoDate, JobSeekerDeregistrationReason, MeetingKind, ReferralHelp } from '@samsyn/domain';
import type { SqlTransaction } from '@samsyn/event-store';
import type { ProjectionTables } from '@samsyn/projections';

export type AfTables = ProjectionTables<'referrals' | 'meetings' | 'job_seekers'>;
type Tables = AfTables;

export interface ReferralRow {
  journeyId: string;
  referralId: string;
  referredTo: string;
  help: ReferralHelp;
  referredOn: IsoDate;
}

export interface MeetingRow {
  journeyId: string;
  meetingId: string;
  kind: MeetingKind;
  at: string;
  organiser: string;
  participants: string[];
  /** What the participants were briefed on beforehand, with the person's consent; null: no brief. Served only while a consent covers the reader. */
  briefCategories: DataCategory[] | null;
  status: string;
}

export interface JobSeekerRow {
  journeyId: string;
  registered: boolean;
  since: IsoDate;
  reason: JobSeekerDeregistrationReason | null;
}

const MEETING_COLUMNS = `journey_id as "journeyId", meeting_id as "meetingId", kind, to_json(at)#>>'{}' as at, organiser,
  participants, brief_categories as "briefCategories", status`;

export function referralsTo(
  sql: SqlTransaction,
  t: Tables,
  organisation: string,
  journeyId?: string,
): Promise<ReferralRow[]> {
  return referralsOf(sql, t, organisation, journeyId === undefined ? null : [journeyId]);
}

/** Referrals to `organisation`, latest first: of these journeys, or of all when `journeyIds` is null. */
export function referralsOf(
  sql: SqlTransaction,
  t: Tables,
  organisation: string,
  journeyIds: readonly string[] | null,
): Promise<ReferralRow[]> {
  return sql.query<ReferralRow>(
    `select journey_id as "journeyId", referral_id as "referralId", referred_to as "referredTo", help, referred_on as "referredOn"
     from ${t.referrals} where referred_to = $1 and ($2::uuid[] is null or journey_id = any($2::uuid[]))
     order by referred_on desc, journey_id`,
    [organisation, journeyIds],
  );
}

/** Scheduled meetings from `now` on that `organisation` takes part in, soonest first. */
export function upcomingMeetings(
  sql: SqlTransaction,
  t: Tables,
  organisation: string,
  now: string,
  options: { kind?: string; journeyId?: string } = {},
): Promise<MeetingRow[]> {
  return sql.query<MeetingRow>(
    `select ${MEETING_COLUMNS} from ${t.meetings}
     where status = 'scheduled' and at >= $2 and $1 = any(participants)
       and ($3::text is null or kind = $3) and ($4::uuid is null or journey_id = $4)
     order by at, journey_id`,
    [organisation, now, options.kind ?? null, options.journeyId ?? null],
  );
}

export function jobSeeker(sql: SqlTransaction, t: Tables, journeyId: string): Promise<JobSeekerRow | undefined> {
  return jobSeekersOf(sql, t, [journeyId]).then((rows) => rows[0]);
}

export function jobSeekersOf(sql: SqlTransaction, t: Tables, journeyIds: readonly string[]): Promise<JobSeekerRow[]> {
  return sql.query<JobSeekerRow>(
    `select journey_id as "journeyId", registered, since, reason from ${t.job_seekers} where journey_id = any($1::uuid[])`,
    [journeyIds],
  );
}

export function jobSeekers(sql: SqlTransaction, t: Tables): Promise<JobSeekerRow[]> {
  return sql.query<JobSeekerRow>(
    `select journey_id as "journeyId", registered, since, reason from ${t.job_seekers} where registered order by since desc, journey_id`,
  );
}

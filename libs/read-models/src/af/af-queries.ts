import type { DataCategory, IsoDate, JobSeekerDeregistrationReason, MeetingKind, ReferralHelp } from '@samsyn/domain';
import type { SqlTransaction } from '@samsyn/event-store';
import type { ProjectionTables } from '@samsyn/projections';

type Tables = ProjectionTables<'referrals' | 'meetings' | 'job_seekers'>;

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
  return sql.query<ReferralRow>(
    `select journey_id as "journeyId", referral_id as "referralId", referred_to as "referredTo", help, referred_on as "referredOn"
     from ${t.referrals} where referred_to = $1 and ($2::uuid is null or journey_id = $2) order by referred_on desc, journey_id`,
    [organisation, journeyId ?? null],
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
  return sql
    .query<JobSeekerRow>(
      `select journey_id as "journeyId", registered, since, reason from ${t.job_seekers} where journey_id = $1`,
      [journeyId],
    )
    .then((rows) => rows[0]);
}

export function jobSeekers(sql: SqlTransaction, t: Tables): Promise<JobSeekerRow[]> {
  return sql.query<JobSeekerRow>(
    `select journey_id as "journeyId", registered, since, reason from ${t.job_seekers} where registered order by since desc, journey_id`,
  );
}

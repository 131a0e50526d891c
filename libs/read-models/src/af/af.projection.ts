import { swedishDate } from '@samsyn/domain';
import type { Projection } from '@samsyn/projections';

type Table = 'referrals' | 'meetings' | 'job_seekers';

/**
 * Arbetsförmedlingen's lists: who was referred to AF, the meetings AF takes part in (with what the
 * person agreed to share beforehand), and who is registered as a job seeker.
 */
export const afProjection: Projection<Table> = {
  name: 'af',
  version: 2,
  tableNames: ['referrals', 'meetings', 'job_seekers'],
  createTables: (t) => `
    create table ${t.referrals} (
      journey_id uuid not null, referral_id text not null, referred_to text not null, help text not null,
      referred_on text not null, primary key (journey_id, referral_id));
    create index on ${t.referrals} (referred_to, referred_on);
    create table ${t.meetings} (
      journey_id uuid not null, meeting_id text not null, kind text not null, at timestamptz not null,
      organiser text not null, participants text[] not null, brief_categories text[],
      status text not null, primary key (journey_id, meeting_id));
    create index on ${t.meetings} (at) where status = 'scheduled';
    create table ${t.job_seekers} (
      journey_id uuid primary key, registered boolean not null, since text not null, reason text);`,

  async apply(tx, t, { journeyId, event, occurredAt }) {
    const day = swedishDate(occurredAt);
    switch (event.type) {
      case 'ReferralMade':
        await tx.query(`insert into ${t.referrals} values ($1, $2, $3, $4, $5) on conflict do nothing`, [
          journeyId,
          event.data.referralId,
          event.data.to,
          event.data.help,
          day,
        ]);
        return;
      case 'MeetingScheduled': {
        const { meetingId, kind, at, organiser, participants, preMeetingBrief } = event.data;
        await tx.query(
          `insert into ${t.meetings} values ($1, $2, $3, $4, $5, $6, $7, 'scheduled') on conflict do nothing`,
          [
            journeyId,
            meetingId,
            kind,
            at,
            organiser,
            participants.map((participant) => participant.organisation),
            preMeetingBrief ? [...preMeetingBrief.categories] : null,
          ],
        );
        return;
      }
      case 'MeetingHeld':
      case 'MeetingCancelled':
        await tx.query(`update ${t.meetings} set status = $3 where journey_id = $1 and meeting_id = $2`, [
          journeyId,
          event.data.meetingId,
          event.type === 'MeetingHeld' ? 'held' : 'cancelled',
        ]);
        return;
      case 'JobSeekerRegistered':
        await tx.query(
          `insert into ${t.job_seekers} values ($1, true, $2, null)
           on conflict (journey_id) do update set registered = true, since = $2, reason = null`,
          [journeyId, day],
        );
        return;
      case 'JobSeekerDeregistered':
        await tx.query(
          `update ${t.job_seekers} set registered = false, since = $2, reason = $3 where journey_id = $1`,
          [journeyId, day, event.data.reason],
        );
        return;
      default:
        return;
    }
  },
};

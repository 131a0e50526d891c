import { swedishDate } from '@samsyn/domain';
import { slicedProjection } from '@samsyn/projections';

type ReferralRow = { referral_id: string; referred_to: string; help: string; referred_on: string };
type MeetingRow = {
  meeting_id: string;
  kind: string;
  at: string;
  organiser: string;
  participants: string[];
  brief_categories: string[] | null;
  status: string;
};
type JobSeekerRow = { registered: boolean; since: string; reason: string | null };

/**
 * Arbetsförmedlingen's lists: who was referred to AF, the meetings AF takes part in (with what the
 * person agreed to share beforehand), and who is registered as a job seeker.
 */
export const afProjection = slicedProjection<{
  referrals: ReferralRow;
  meetings: MeetingRow;
  job_seekers: JobSeekerRow;
}>({
  name: 'af',
  version: 3,
  tables: {
    referrals: {
      columns: {
        referral_id: 'text not null',
        referred_to: 'text not null',
        help: 'text not null',
        referred_on: 'text not null',
      },
      key: ['referral_id'],
      indexes: ['(referred_to, referred_on)'],
    },
    meetings: {
      columns: {
        meeting_id: 'text not null',
        kind: 'text not null',
        at: 'timestamptz not null',
        organiser: 'text not null',
        participants: 'text[] not null',
        brief_categories: 'text[]',
        status: 'text not null',
      },
      key: ['meeting_id'],
      indexes: ["(at) where status = 'scheduled'"],
    },
    job_seekers: {
      columns: { registered: 'boolean not null', since: 'text not null', reason: 'text' },
      key: [],
    },
  },

  apply({ referrals, meetings, job_seekers }, { event, occurredAt }) {
    const day = swedishDate(occurredAt);
    switch (event.type) {
      case 'ReferralMade': {
        const { referralId, to, help } = event.data;
        referrals.add({ referral_id: referralId, referred_to: to, help, referred_on: day });
        return;
      }
      case 'MeetingScheduled': {
        const { meetingId, kind, at, organiser, participants, preMeetingBrief } = event.data;
        meetings.add({
          meeting_id: meetingId,
          kind,
          at,
          organiser,
          participants: participants.map((participant) => participant.organisation),
          brief_categories: preMeetingBrief ? [...preMeetingBrief.categories] : null,
          status: 'scheduled',
        });
        return;
      }
      case 'MeetingHeld':
      case 'MeetingCancelled':
        meetings.update(
          { meeting_id: event.data.meetingId },
          { status: event.type === 'MeetingHeld' ? 'held' : 'cancelled' },
        );
        return;
      case 'JobSeekerRegistered':
        job_seekers.put({ registered: true, since: day, reason: null });
        return;
      case 'JobSeekerDeregistered':
        job_seekers.update({}, { registered: false, since: day, reason: event.data.reason });
        return;
      default:
        return;
    }
  },
});

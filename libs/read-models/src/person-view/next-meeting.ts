import type { ActiveJourney, IsoTimestamp, MeetingState } from '@samsyn/domain';

/** The soonest meeting still scheduled from `now` on, with its id. */
export function nextMeeting(
  state: ActiveJourney,
  now: IsoTimestamp,
): { meetingId: string; meeting: MeetingState } | undefined {
  const [next] = Object.entries(state.meetings)
    .filter(([, meeting]) => meeting.status === 'scheduled' && Date.parse(meeting.at) >= Date.parse(now))
    .sort(([, a], [, b]) => Date.parse(a.at) - Date.parse(b.at));
  return next && { meetingId: next[0], meeting: next[1] };
}

import type { JobSeekerDeregistered, JobSeekerRegistered } from '../events/job-seeking-events';
import type { MeetingCancelled, MeetingHeld, MeetingScheduled } from '../events/meeting-events';
import { assertNever } from '../assert-never';
import type { ActiveJourney, MeetingState } from './journey-state';

export type MeetingEvent =
  MeetingScheduled | MeetingHeld | MeetingCancelled | JobSeekerRegistered | JobSeekerDeregistered;

export function evolveMeeting(state: ActiveJourney, event: MeetingEvent): ActiveJourney {
  switch (event.type) {
    case 'MeetingScheduled': {
      const { meetingId, kind, at, organiser, participants } = event.data;
      const meeting: MeetingState = {
        kind,
        at,
        organiser,
        participants: participants.map((participant) => participant.organisation),
        status: 'scheduled',
      };
      return { ...state, meetings: { ...state.meetings, [meetingId]: meeting } };
    }
    case 'MeetingHeld':
      return withMeetingStatus(state, event.data.meetingId, 'held');
    case 'MeetingCancelled':
      return withMeetingStatus(state, event.data.meetingId, 'cancelled');
    case 'JobSeekerRegistered':
      return { ...state, jobSeeker: 'registered' };
    case 'JobSeekerDeregistered':
      return { ...state, jobSeeker: 'not_registered' };
    default:
      return assertNever(event);
  }
}

function withMeetingStatus(state: ActiveJourney, meetingId: string, status: MeetingState['status']): ActiveJourney {
  const meeting = state.meetings[meetingId];
  if (!meeting) return state;
  return { ...state, meetings: { ...state.meetings, [meetingId]: { ...meeting, status } } };
}

import type { MeetingEvent } from './meeting-events';
import { assertNever } from '../shared/assert-never';
import type { ActiveJourney, MeetingState } from '../shared/journey-state';

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
    default:
      return assertNever(event);
  }
}

function withMeetingStatus(state: ActiveJourney, meetingId: string, status: MeetingState['status']): ActiveJourney {
  const meeting = state.meetings[meetingId];
  if (!meeting) return state;
  return { ...state, meetings: { ...state.meetings, [meetingId]: { ...meeting, status } } };
}

import { parseTimestamp } from '../../calendar/timestamp';
import { DomainError } from '../../domain-error';
import { assertNever } from '../shared/assert-never';
import type { CancelMeeting, HoldMeeting, MeetingCommand, ScheduleMeeting } from './meeting-commands';
import type { JourneyEvent } from '../journey-event';
import type { MeetingParticipant } from './meeting-events';
import type { ActiveJourney, MeetingState } from '../shared/journey-state';
import { MEETING_CANCEL_REASONS, MEETING_KINDS } from '../vocabulary';
import { forbiddenAuthor, type DecisionContext } from '../shared/decision-context';
import { TEXT_LIMITS } from '../shared/limits';
import { preMeetingBrief } from './pre-meeting-brief';
import { requireId, requireList, requireOneOf, requireOrganisation, requireText } from '../shared/validation';

export function decideMeeting(command: MeetingCommand, state: ActiveJourney, context: DecisionContext): JourneyEvent[] {
  switch (command.type) {
    case 'ScheduleMeeting':
      return scheduleMeeting(command, state, context);
    case 'HoldMeeting':
      return holdMeeting(command, state, context);
    case 'CancelMeeting':
      return cancelMeeting(command, state, context);
    default:
      return assertNever(command);
  }
}

function scheduleMeeting({ data }: ScheduleMeeting, state: ActiveJourney, context: DecisionContext): JourneyEvent[] {
  const meetingId = requireId(data.meetingId, 'meetingId');
  if (state.meetings[meetingId]) {
    throw new DomainError('MEETING_ALREADY_SCHEDULED', 'meetingId', `Meeting ${meetingId} is already scheduled`);
  }
  const kind = requireOneOf(MEETING_KINDS, data.kind, 'kind');
  const at = parseTimestamp(data.at, 'at').text;
  const participants = requireList(data.participants, 'participants', participant);
  const brief = preMeetingBrief(data.preMeetingBriefCategories, participants, state, context);
  const organiser = context.authorRef;
  return [{ type: 'MeetingScheduled', data: { meetingId, kind, at, organiser, participants, preMeetingBrief: brief } }];
}

function participant(value: MeetingParticipant, field: string): MeetingParticipant {
  const organisation = requireOrganisation(value.organisation, `${field}.organisation`).toString();
  return { organisation, role: requireText(value.role, `${field}.role`, TEXT_LIMITS.role) };
}

function holdMeeting({ data }: HoldMeeting, state: ActiveJourney, context: DecisionContext): JourneyEvent[] {
  const meeting = requireScheduledMeeting(state, data.meetingId);
  if (!takesPart(meeting, context.authorRef))
    throw forbiddenAuthor(context, `record meeting ${data.meetingId}: it takes no part in it`);
  if (context.now.epochMillis < parseTimestamp(meeting.at, 'at').epochMillis) {
    throw new DomainError(
      'MEETING_HELD_BEFORE_SCHEDULED_TIME',
      'meetingId',
      `Meeting ${data.meetingId} is scheduled for ${meeting.at}, after ${context.now.text}`,
    );
  }
  const outcome = requireText(data.outcome, 'outcome', TEXT_LIMITS.freeText);
  const { meetingId, jointPlanAgreed, registeredAsJobSeeker } = data;
  const held: JourneyEvent = {
    type: 'MeetingHeld',
    data: { meetingId, outcome, jointPlanAgreed, registeredAsJobSeeker },
  };
  if (!registeredAsJobSeeker) return [held];
  if (context.author.kind !== 'AF') throw forbiddenAuthor(context, 'register a job seeker; only AF may');
  if (state.jobSeeker === 'registered') {
    throw new DomainError(
      'JOB_SEEKER_ALREADY_REGISTERED',
      'registeredAsJobSeeker',
      'The person is already registered as a job seeker',
    );
  }
  return [held, { type: 'JobSeekerRegistered', data: { atMeetingId: meetingId } }];
}

function cancelMeeting({ data }: CancelMeeting, state: ActiveJourney, context: DecisionContext): JourneyEvent[] {
  const meeting = requireScheduledMeeting(state, data.meetingId);
  if (!takesPart(meeting, context.authorRef) && context.author.kind !== 'PERSON') {
    throw forbiddenAuthor(context, `cancel meeting ${data.meetingId}: it takes no part in it`);
  }
  const reason = requireOneOf(MEETING_CANCEL_REASONS, data.reason, 'reason');
  return [{ type: 'MeetingCancelled', data: { meetingId: data.meetingId, reason } }];
}

function requireScheduledMeeting(state: ActiveJourney, meetingId: string): MeetingState {
  const meeting = state.meetings[meetingId];
  if (!meeting) throw new DomainError('MEETING_NOT_SCHEDULED', 'meetingId', `No meeting ${meetingId} is scheduled`);
  if (meeting.status === 'cancelled')
    throw new DomainError('MEETING_CANCELLED', 'meetingId', `Meeting ${meetingId} was cancelled`);
  if (meeting.status === 'held')
    throw new DomainError('MEETING_ALREADY_HELD', 'meetingId', `Meeting ${meetingId} has already been held`);
  return meeting;
}

function takesPart(meeting: MeetingState, organisation: string): boolean {
  return meeting.organiser === organisation || meeting.participants.includes(organisation);
}

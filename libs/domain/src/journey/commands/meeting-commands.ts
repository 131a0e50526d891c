import type { DataCategory, MeetingCancelReason, MeetingKind } from '../vocabulary';
import type { IsoTimestamp } from '../events/domain-event';
import type { MeetingParticipant } from '../events/meeting-events';
import type { DomainCommand } from './domain-command';

/** An empty `preMeetingBriefCategories` shares no brief. */
export type ScheduleMeeting = DomainCommand<
  'ScheduleMeeting',
  {
    meetingId: string;
    kind: MeetingKind;
    at: IsoTimestamp;
    participants: readonly MeetingParticipant[];
    preMeetingBriefCategories: readonly DataCategory[];
  }
>;

export type HoldMeeting = DomainCommand<
  'HoldMeeting',
  { meetingId: string; outcome: string; jointPlanAgreed: boolean; registeredAsJobSeeker: boolean }
>;

export type CancelMeeting = DomainCommand<'CancelMeeting', { meetingId: string; reason: MeetingCancelReason }>;

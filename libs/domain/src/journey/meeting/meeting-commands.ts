import type { DataCategory, MeetingCancelReason, MeetingKind } from '../vocabulary';
import type { IsoTimestamp } from '../shared/domain-event';
import type { MeetingParticipant } from './meeting-events';
import type { DomainCommand } from '../shared/domain-command';
import { EVERY_AGENCY, EVERY_AGENCY_AND_PERSON, type WritePolicyTable } from '../../access/write-rules';

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

export type MeetingCommand = ScheduleMeeting | HoldMeeting | CancelMeeting;

export const MEETING_WRITE_POLICY = {
  ScheduleMeeting: EVERY_AGENCY,
  HoldMeeting: EVERY_AGENCY,
  CancelMeeting: EVERY_AGENCY_AND_PERSON,
} satisfies WritePolicyTable<MeetingCommand>;

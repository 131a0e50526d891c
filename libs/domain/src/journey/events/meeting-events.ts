import type { DataCategory, MeetingCancelReason, MeetingKind } from '../vocabulary';
import type { DomainEvent, IsoTimestamp, OrganisationRef } from './domain-event';

export interface MeetingParticipant {
  readonly organisation: OrganisationRef;
  readonly role: string;
}

/** What was shared before the meeting, and with which organisations. */
export interface PreMeetingBrief {
  readonly categories: readonly DataCategory[];
  readonly sharedWith: readonly OrganisationRef[];
}

export type MeetingScheduled = DomainEvent<
  'MeetingScheduled',
  {
    meetingId: string;
    kind: MeetingKind;
    at: IsoTimestamp;
    organiser: OrganisationRef;
    participants: readonly MeetingParticipant[];
    preMeetingBrief: PreMeetingBrief | null;
  }
>;

export type MeetingHeld = DomainEvent<
  'MeetingHeld',
  { meetingId: string; outcome: string; jointPlanAgreed: boolean; registeredAsJobSeeker: boolean }
>;

export type MeetingCancelled = DomainEvent<'MeetingCancelled', { meetingId: string; reason: MeetingCancelReason }>;

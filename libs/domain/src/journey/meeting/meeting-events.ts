import type { DataCategory, MeetingCancelReason, MeetingKind } from '../vocabulary';
import type { DomainEvent, Erasable, IsoTimestamp, OrganisationRef } from '../shared/domain-event';
import type { EventFactsTable, ParticipantLookup } from '../shared/event-facts';

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
  { meetingId: string; outcome: Erasable<string>; jointPlanAgreed: boolean; registeredAsJobSeeker: boolean }
>;

export type MeetingCancelled = DomainEvent<'MeetingCancelled', { meetingId: string; reason: MeetingCancelReason }>;

export type MeetingEvent = MeetingScheduled | MeetingHeld | MeetingCancelled;

function meetingParticipants(lookup: ParticipantLookup, meetingId: string): readonly OrganisationRef[] {
  const meeting = lookup.meetings[meetingId];
  return meeting ? [meeting.organiser, ...meeting.participants] : [];
}

export const MEETING_EVENT_FACTS = {
  MeetingScheduled: {
    category: 'meeting',
    personalFields: [],
    drawsIn: ({ data }) => [data.organiser, ...data.participants.map((participant) => participant.organisation)],
    timeline: { sv: 'Möte bokat', en: 'Meeting booked' },
  },
  MeetingHeld: {
    category: 'meeting',
    personalFields: ['outcome'],
    drawsIn: ({ data }, lookup) => meetingParticipants(lookup, data.meetingId),
    timeline: { sv: 'Möte hölls', en: 'Meeting held' },
  },
  MeetingCancelled: {
    category: 'meeting',
    personalFields: [],
    drawsIn: ({ data }, lookup) => meetingParticipants(lookup, data.meetingId),
    timeline: { sv: 'Möte ställdes in', en: 'Meeting cancelled' },
  },
} satisfies EventFactsTable<MeetingEvent>;

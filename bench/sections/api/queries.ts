import { randomUUID } from 'node:crypto';
import type { JourneyCommandOfType } from '@samsyn/domain';

// The person overview a caseworker opens: one Person with what each agency holds about them. Through the
// gateway it fans out from the journey subgraph (which owns Person, its timeline and risk signals) to FK, AF
// and the kommun subgraph; the journey subgraph's own part is the same selection without the agency fields.
const JOURNEY_PART = `id homeKommun openedOn lastEventAt
    timeline { revision position occurredAt type author category label { sv en } }
    riskSignals { kind since subject }`;

const AGENCY_PART = `fkDecision { decisionId grade validFrom validTo }
    fkAvslagCase { rejectedOn status failedAttempts referredTo updatedOn }
    afJobSeeker { registered since reason }
    afReferrals { referralId help referredOn }
    afUpcomingMeetings { meetingId kind at organiser }
    kommunInsatser(kommunkod: $kommunkod) { insatsId insatsType provider orderedBy extentPercent startDate plannedEnd endDate status }
    kommunContacts(kommunkod: $kommunkod) { organisation role since changes lastChangeTold }`;

export const PERSON_OVERVIEW = `query PersonOverview($id: ID!, $kommunkod: String!) { person(id: $id) {
    ${JOURNEY_PART}
    ${AGENCY_PART} } }`;
export const PERSON_OVERVIEW_JOURNEY_PART = `query PersonOverviewJourneyPart($id: ID!) { person(id: $id) { ${JOURNEY_PART} } }`;

export const OVERVIEW_SUBGRAPHS = 'journey, fk, af, kommun';

export type ReadTarget = { journeyId: string; kommunkod: string };

// The command every command figure executes: FK schedules a follow-up meeting on an existing journey, with a
// fresh meeting id and commandId each time (so every command writes one MeetingScheduled).
export type ScheduleMeetingData = JourneyCommandOfType<'ScheduleMeeting'>['data'];

export const SCHEDULE_MEETING_MUTATION = `mutation Schedule($journeyId: ID!, $commandId: ID, $input: ScheduleMeetingInput!) {
  scheduleMeeting(journeyId: $journeyId, commandId: $commandId, input: $input) { journeyId revision position alreadyHandled events }
}`;

export function scheduleMeetingData(meetingNumber: number): ScheduleMeetingData {
  const day = new Date(Date.UTC(2031, 0, 1) + (meetingNumber % 3650) * 86_400_000).toISOString().slice(0, 10);
  return {
    meetingId: `bench-${randomUUID()}`,
    kind: 'follow_up',
    at: `${day}T10:00:00+01:00`,
    participants: [
      { organisation: 'FK', role: 'handläggare' },
      { organisation: 'PERSON', role: 'the young person' },
    ],
    preMeetingBriefCategories: [],
  };
}

export function busCommand(journeyId: string, meetingNumber: number) {
  return { journeyId, commandId: randomUUID(), data: scheduleMeetingData(meetingNumber) };
}

export function scheduleMeetingVariables(journeyId: string, meetingNumber: number): Record<string, unknown> {
  const data = scheduleMeetingData(meetingNumber);
  return { journeyId, commandId: randomUUID(), input: { ...data, kind: data.kind.toUpperCase() } };
}

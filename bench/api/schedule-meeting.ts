import { randomUUID } from 'node:crypto';
import type { JourneyCommandOfType } from '@samsyn/domain';

/**
 * The command every command figure executes: FK schedules a follow-up meeting on an existing journey,
 * with a fresh meeting id and a fresh commandId each time (so every command writes one MeetingScheduled).
 */
export const COMMAND_TYPE = 'ScheduleMeeting';
export const COMMAND_AUTHOR = 'FK';

export type ScheduleMeetingData = JourneyCommandOfType<'ScheduleMeeting'>['data'];

export const SCHEDULE_MEETING_MUTATION = `mutation Schedule($journeyId: ID!, $commandId: ID, $input: ScheduleMeetingInput!) {
  scheduleMeeting(journeyId: $journeyId, commandId: $commandId, input: $input) { journeyId revision position alreadyHandled events }
}`;

/** The command's data as the domain takes it; `meetingNumber` spreads the meetings over future days. */
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

/** The same data as the GraphQL input: enum values are upper case there. */
export function scheduleMeetingInput(data: ScheduleMeetingData): Record<string, unknown> {
  return { ...data, kind: data.kind.toUpperCase() };
}

export function scheduleMeetingVariables(journeyId: string, meetingNumber: number): Record<string, unknown> {
  return { journeyId, commandId: randomUUID(), input: scheduleMeetingInput(scheduleMeetingData(meetingNumber)) };
}

import { randomUUID } from 'node:crypto';
import type { EventStore, NewEvent, Position } from '@samsyn/event-store';

/** Event types without personal fields: decoding them needs no data key. */
const TYPES = ['ConsentWithdrawn', 'SupportOffered', 'MeetingCancelled'] as const;

export function journeyEvent(index: number, organisation = 'FK'): NewEvent {
  const id = randomUUID();
  return {
    id,
    type: TYPES[index % TYPES.length] ?? 'ConsentWithdrawn',
    data: { consentId: `consent-${index}`, meetingId: `meeting-${index}` },
    metadata: {
      author: { organisation },
      commandId: id,
      correlationId: id,
      occurredAt: new Date(Date.UTC(2024, 0, 1, 9, 0, index)).toISOString(),
    },
  };
}

export interface AppendedJourneys {
  readonly journeyIds: string[];
  readonly events: number;
  readonly last: Position;
}

/** `journeys` journeys of `eventsEach` events, appended `perAppend` events at a time, the journeys interleaved. */
export async function appendJourneys(
  store: EventStore,
  journeys: number,
  eventsEach: number,
  perAppend = 1,
): Promise<AppendedJourneys> {
  const journeyIds = Array.from({ length: journeys }, () => randomUUID());
  let last: Position = { commit: 0n, prepare: 0n };
  for (let from = 0; from < eventsEach; from += perAppend) {
    for (const journeyId of journeyIds) {
      const events = Array.from({ length: Math.min(perAppend, eventsEach - from) }, (_, offset) =>
        journeyEvent(from + offset),
      );
      last = (await store.append(`journey-${journeyId}`, events, 'any')).position;
    }
  }
  return { journeyIds, events: journeys * eventsEach, last };
}

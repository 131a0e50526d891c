import { evolve, initialState, type JourneyEvent, type JourneyState } from '@samsyn/domain';
import type { EventStore, RecordedEvent } from '@samsyn/event-store';
import type { JourneyKeyStore } from '@samsyn/personal-data';
import { journeyStreamId } from './journey-stream-id';
import { personalDataCodec } from './personal-data-codec';

export interface JourneyHistoryEntry {
  event: JourneyEvent;
  recorded: RecordedEvent;
}

/** One journey's events, personal fields opened with its data key (null once erased). */
export async function readJourneyHistory(
  store: EventStore,
  keys: JourneyKeyStore,
  journeyId: string,
): Promise<JourneyHistoryEntry[]> {
  const recorded = await store.readStream(journeyStreamId(journeyId));
  const codec = personalDataCodec(journeyId, await keys.find(journeyId));
  return Promise.all(recorded.map(async (event) => ({ event: await codec.decode(event), recorded: event })));
}

/** The journey's state as its history leaves it. */
export function foldJourney(history: readonly JourneyHistoryEntry[]): JourneyState {
  return history.reduce<JourneyState>((state, entry) => evolve(state, entry.event), initialState());
}

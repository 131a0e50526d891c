import { Inject, Injectable } from '@nestjs/common';
import { DomainError, type ActiveJourney } from '@samsyn/domain';
import type { EventStore } from '@samsyn/event-store';
import { foldJourney, readJourneyHistory, type JourneyHistoryEntry } from '@samsyn/journey-commands';
import { EVENT_STORE } from '@samsyn/subgraph';
import { JourneyKeyStore } from '@samsyn/personal-data';

export interface FoldedJourney {
  state: ActiveJourney;
  history: JourneyHistoryEntry[];
}

/** One journey folded from its stream on read: the person's own view is never behind its events. */
@Injectable()
export class JourneyStateReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(JourneyKeyStore) private readonly keys: JourneyKeyStore,
  ) {}

  async read(journeyId: string): Promise<FoldedJourney> {
    const history = await readJourneyHistory(this.store, this.keys, journeyId);
    const state = foldJourney(history);
    if (state.status !== 'active') throw new DomainError('JOURNEY_NOT_FOUND', 'journeyId', `No journey ${journeyId}`);
    return { state, history };
  }
}

import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { DomainError } from '@samsyn/domain';
import type { EventStore } from '@samsyn/event-store';
import { readJourneyHistory } from '@samsyn/journey-commands';
import { JourneyKeyStore } from '@samsyn/personal-data';
import { JourneyIdArg } from '@samsyn/subgraph';
import { GraphQLError } from 'graphql';
import { DEVELOPMENT_MODE, EVENT_STORE } from '@samsyn/journey-graphql';
import { JourneyEventRecord } from '../journey-event.type';

@Resolver()
export class JourneyEventsQuery {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(JourneyKeyStore) private readonly keys: JourneyKeyStore,
    @Inject(DEVELOPMENT_MODE) private readonly development: boolean,
  ) {}

  @Query(() => [JourneyEventRecord], {
    description: 'Every event of one journey, oldest first. Development mode only, until access control exists',
  })
  async journeyEvents(@JourneyIdArg() journeyId: string): Promise<JourneyEventRecord[]> {
    if (!this.development) {
      throw new GraphQLError('journeyEvents is served only in development mode (SAMSYN_MODE=development)', {
        extensions: { code: 'FORBIDDEN' },
      });
    }
    const history = await readJourneyHistory(this.store, this.keys, journeyId);
    if (history.length === 0) throw new DomainError('JOURNEY_NOT_FOUND', 'journeyId', `No journey ${journeyId}`);
    return history.map((entry) => JourneyEventRecord.of(entry));
  }
}

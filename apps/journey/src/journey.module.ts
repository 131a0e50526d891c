import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { JourneyCommandService } from '@samsyn/journey-commands';
import { JourneyKeyStore } from '@samsyn/personal-data';
import type { Clock, SamsynResources } from '@samsyn/runtime';
import { SubgraphGraphQLModule } from '@samsyn/subgraph';
import { JOURNEY_COMMAND_HANDLERS } from './commands/journey-command.handlers';
import { JourneyCommandSender } from './graphql/journey-command-sender';
import { JOURNEY_COMMAND_MUTATIONS } from './graphql/resolvers/journey-command.mutations';
import { JourneyEventsQuery } from './graphql/resolvers/journey-events.query';
import { OpenJourneyMutation } from './graphql/resolvers/open-journey.mutation';
import { CLOCK, DEVELOPMENT_MODE, EVENT_STORE } from './journey.tokens';

export interface JourneyAppOptions {
  resources: SamsynResources;
  clock: Clock;
  development: boolean;
}

/** The journey's resolvers and command handlers, for this subgraph's schema. */
@Module({})
export class JourneyModule {
  static with({ resources, clock, development }: JourneyAppOptions): DynamicModule {
    return {
      module: JourneyModule,
      imports: [CqrsModule],
      providers: [
        { provide: EVENT_STORE, useValue: resources.store },
        { provide: JourneyKeyStore, useValue: resources.keys },
        { provide: JourneyCommandService, useValue: resources.journeyCommands },
        { provide: CLOCK, useValue: clock },
        { provide: DEVELOPMENT_MODE, useValue: development },
        JourneyCommandSender,
        ...JOURNEY_COMMAND_HANDLERS,
        OpenJourneyMutation,
        ...JOURNEY_COMMAND_MUTATIONS,
        JourneyEventsQuery,
      ],
    };
  }
}

/** The journey subgraph: the module above behind a Federation 2 GraphQL endpoint. */
@Module({})
export class JourneyAppModule {
  static with(options: JourneyAppOptions): DynamicModule {
    return {
      module: JourneyAppModule,
      imports: [
        CqrsModule.forRoot(),
        JourneyModule.with(options),
        SubgraphGraphQLModule.forSubgraph({ development: options.development, include: [JourneyModule] }),
      ],
    };
  }
}

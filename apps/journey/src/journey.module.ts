import { type DynamicModule, Module } from '@nestjs/common';
import { subgraphAppModule, type SubgraphContext } from '@samsyn/subgraph';
import { JOURNEY_COMMAND_MUTATIONS } from './graphql/resolvers/journey-command.mutations';
import { JourneyEventsQuery } from './graphql/resolvers/journey-events.query';
import { OpenJourneyMutation } from './graphql/resolvers/open-journey.mutation';
import { PersonResolver } from './graphql/resolvers/person.resolver';
import { ReadModelStatusQuery } from './graphql/resolvers/read-model-status.query';
import { AuditResolver } from './graphql/resolvers/audit.resolver';
import { JourneyStateReader } from './person/journey-state-reader';

/** The journey subgraph's resolvers: the Person entity with the person's own view and timeline, the shared commands. */
@Module({})
export class JourneyModule {
  static with(): DynamicModule {
    return {
      module: JourneyModule,
      providers: [
        OpenJourneyMutation,
        ...JOURNEY_COMMAND_MUTATIONS,
        JourneyEventsQuery,
        JourneyStateReader,
        PersonResolver,
        ReadModelStatusQuery,
        AuditResolver,
      ],
    };
  }
}

/** The journey subgraph: the module above behind a Federation 2 GraphQL endpoint. */
export const JourneyAppModule = {
  with: (context: SubgraphContext): DynamicModule => subgraphAppModule(context, JourneyModule.with()),
};

import { subgraphAppModule, type SubgraphApp } from '@samsyn/subgraph';
import { JOURNEY_COMMAND_MUTATIONS } from './graphql/resolvers/journey-command.mutations';
import { JourneyEventsQuery } from './graphql/resolvers/journey-events.query';
import { OpenJourneyMutation } from './graphql/resolvers/open-journey.mutation';
import { PersonResolver } from './graphql/resolvers/person.resolver';
import { ReadModelStatusQuery } from './graphql/resolvers/read-model-status.query';
import { AuditResolver } from './graphql/resolvers/audit.resolver';
import { JourneyModule } from './journey.tokens';
import { JourneyStateReader } from './person/journey-state-reader';

/**
 * The journey subgraph: the Person entity with the person's own view and timeline, the shared commands,
 * behind a Federation 2 GraphQL endpoint.
 */
export const journeySubgraph: SubgraphApp = {
  name: 'journey',
  defaultPort: 4001,
  module: (context) =>
    subgraphAppModule(context, {
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
    }),
};

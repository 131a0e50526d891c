import { subgraphAppModule, type SubgraphApp } from '@samsyn/subgraph';
import { AF_COMMAND_MUTATIONS } from './graphql/af-command.mutations';
import { AfPerson } from './graphql/af-person';
import { AfResolver } from './graphql/af.resolver';
import { AfModule } from './af.tokens';

/** Arbetsförmedlingen's subgraph: referrals, meetings with their brief, job seekers, and its commands. */
export const afSubgraph: SubgraphApp = {
  name: 'af',
  defaultPort: 4003,
  module: (context) =>
    subgraphAppModule(context, { module: AfModule, providers: [AfResolver, ...AF_COMMAND_MUTATIONS] }, [AfPerson]),
};

import { subgraphAppModule, type SubgraphApp } from '@samsyn/subgraph';
import { FK_COMMAND_MUTATIONS } from './graphql/fk-command.mutations';
import { FkPerson } from './graphql/fk-person';
import { FkResolver } from './graphql/fk.resolver';
import { FkModule } from './fk.tokens';

/** Försäkringskassan's subgraph: its working lists, its fields on Person, its commands. */
export const fkSubgraph: SubgraphApp = {
  name: 'fk',
  defaultPort: 4002,
  module: (context) =>
    subgraphAppModule(context, { module: FkModule, providers: [FkResolver, ...FK_COMMAND_MUTATIONS] }, [FkPerson]),
};

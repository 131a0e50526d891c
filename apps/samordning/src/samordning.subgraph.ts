import { Organisation } from '@samsyn/domain';
import { involvementSubgraph, type SubgraphApp } from '@samsyn/subgraph';

/** The samordningsförbund's view: the participants of its joint insatser, their insatser and contacts. */
export const samordningSubgraph: SubgraphApp = {
  name: 'samordning',
  defaultPort: 4006,
  module: involvementSubgraph({
    prefix: 'samordning',
    codeArgument: 'forbundId',
    codeDescription: 'The samordningsförbund’s id, as in SAMORDNINGSFORBUND:<id>',
    organisation: (id) => Organisation.parse(`SAMORDNINGSFORBUND:${id}`).toString(),
  }).appModule,
};

import { Kommunkod } from '@samsyn/domain';
import { involvementSubgraph, type SubgraphApp } from '@samsyn/subgraph';

/** The kommun's view: the people its socialtjänst, LSS and boendestöd work with, their insatser and contacts. */
export const kommunSubgraph: SubgraphApp = {
  name: 'kommun',
  defaultPort: 4004,
  module: involvementSubgraph({
    prefix: 'kommun',
    codeArgument: 'kommunkod',
    codeDescription: 'SCB kommunkod, e.g. 1880',
    organisation: (code) => `KOMMUN:${Kommunkod.parse(code).code}`,
  }).appModule,
};

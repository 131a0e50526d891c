import { Kommunkod } from '@samsyn/domain';
import { involvementSubgraph } from '@samsyn/subgraph';

/** The kommun's view: the people its socialtjänst, LSS and boendestöd work with, their insatser and contacts. */
export const kommunSubgraph = involvementSubgraph({
  prefix: 'kommun',
  codeArgument: 'kommunkod',
  codeDescription: 'SCB kommunkod, e.g. 1880',
  organisation: (code) => `KOMMUN:${Kommunkod.parse(code).code}`,
});

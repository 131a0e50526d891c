import { Regionkod } from '@samsyn/domain';
import { involvementSubgraph, type SubgraphApp } from '@samsyn/subgraph';
import { regionCertificateResolvers } from './graphql/region-certificates.resolver';

/** The region's view: the people its healthcare works with, and who needs a läkarutlåtande before a decision ends. */
export const regionSubgraph: SubgraphApp = {
  name: 'region',
  defaultPort: 4005,
  module: involvementSubgraph({
    prefix: 'region',
    codeArgument: 'regionkod',
    codeDescription: 'SCB county code of the region, e.g. 18',
    organisation: (code) => `REGION:${Regionkod.parse(code).code}`,
    extraResolvers: regionCertificateResolvers,
  }).appModule,
};

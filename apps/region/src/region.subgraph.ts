import { Regionkod } from '@samsyn/domain';
import { involvementSubgraph } from '@samsyn/subgraph';
import { regionCertificateResolvers } from './graphql/region-certificates.resolver';

/** The region's view: the people its healthcare works with, and who needs a läkarutlåtande before a decision ends. */
export const regionSubgraph = involvementSubgraph({
  prefix: 'region',
  codeArgument: 'regionkod',
  codeDescription: 'SCB county code of the region, e.g. 18',
  organisation: (code) => `REGION:${Regionkod.parse(code).code}`,
  extraResolvers: regionCertificateResolvers,
});

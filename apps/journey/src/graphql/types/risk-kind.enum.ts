import { RISK_KINDS } from '@samsyn/read-models';
import { graphqlEnum } from '@samsyn/subgraph';

export const RiskKindEnum = graphqlEnum(
  'RiskKind',
  RISK_KINDS,
  'An insats that outlasts the benefit, a contact change the person was not told of, or no contact after an avslag',
);

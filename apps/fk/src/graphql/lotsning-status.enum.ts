import { LOTSNING_STATUSES } from '@samsyn/read-models';
import { graphqlEnum } from '@samsyn/subgraph';

export const LotsningStatusEnum = graphqlEnum(
  'LotsningStatus',
  LOTSNING_STATUSES,
  'How far FK’s lotsning after an avslag has come',
);

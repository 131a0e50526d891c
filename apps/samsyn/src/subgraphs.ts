import { afSubgraph } from '@samsyn/app-af';
import { fkSubgraph } from '@samsyn/app-fk';
import { journeySubgraph } from '@samsyn/app-journey';
import { kommunSubgraph } from '@samsyn/app-kommun';
import { regionSubgraph } from '@samsyn/app-region';
import { reportingSubgraph } from '@samsyn/app-reporting';
import { samordningSubgraph } from '@samsyn/app-samordning';
import type { SubgraphApp } from '@samsyn/subgraph';

/** Every subgraph of Samsyn: the journey owns Person, each agency extends it with its own fields; reporting serves aggregates only. */
export const SUBGRAPHS: readonly SubgraphApp[] = [
  journeySubgraph,
  fkSubgraph,
  afSubgraph,
  kommunSubgraph,
  regionSubgraph,
  samordningSubgraph,
  reportingSubgraph,
];

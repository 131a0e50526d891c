import type { DynamicModule } from '@nestjs/common';
import type { SubgraphContext } from '@samsyn/subgraph';
import { AfAppModule } from '../../af/src/af.module';
import { FkAppModule } from '../../fk/src/fk.module';
import { JourneyAppModule } from '../../journey/src/journey.module';
import { kommunSubgraph } from '../../kommun/src/kommun.subgraph';
import { regionSubgraph } from '../../region/src/region.subgraph';
import { ReportingAppModule } from '../../reporting/src/reporting.module';
import { samordningSubgraph } from '../../samordning/src/samordning.subgraph';

export interface SubgraphApp {
  name: string;
  /** Where it listens when started alone or by `npm start`. */
  defaultPort: number;
  module(context: SubgraphContext): DynamicModule;
}

/** Every subgraph of Samsyn: the journey owns Person, each agency extends it with its own fields; reporting serves aggregates only. */
export const SUBGRAPHS: readonly SubgraphApp[] = [
  { name: 'journey', defaultPort: 4001, module: (context) => JourneyAppModule.with(context) },
  { name: 'fk', defaultPort: 4002, module: (context) => FkAppModule.with(context) },
  { name: 'af', defaultPort: 4003, module: (context) => AfAppModule.with(context) },
  { name: 'kommun', defaultPort: 4004, module: (context) => kommunSubgraph.appModule(context) },
  { name: 'region', defaultPort: 4005, module: (context) => regionSubgraph.appModule(context) },
  { name: 'samordning', defaultPort: 4006, module: (context) => samordningSubgraph.appModule(context) },
  { name: 'reporting', defaultPort: 4007, module: (context) => ReportingAppModule.with(context) },
];

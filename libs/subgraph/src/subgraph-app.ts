import type { DynamicModule } from '@nestjs/common';
import type { SubgraphContext } from './subgraph-core.module';

/** One deployable subgraph: started alone by its app's main.ts, or beside the others by `npm start`. */
export interface SubgraphApp {
  name: string;
  /** Where it listens when started alone or by `npm start`. */
  defaultPort: number;
  module(context: SubgraphContext): DynamicModule;
}

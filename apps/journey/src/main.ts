import 'reflect-metadata';
import { systemClock } from '@samsyn/runtime';
import { runStandalone } from '@samsyn/subgraph';
import { JourneyAppModule } from './journey.module';

void runStandalone({
  name: 'journey subgraph',
  defaultPort: 4001,
  module: (resources, development) => JourneyAppModule.with({ resources, clock: systemClock, development }),
}).catch((error: unknown) => {
  process.stderr.write(`The journey subgraph failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

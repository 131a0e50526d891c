import 'reflect-metadata';
import { runSubgraphAloneAsMain } from '@samsyn/subgraph';
import { journeySubgraph } from './journey.module';

/** `npm run start:journey`: the journey subgraph alone, on PORT (default 4001), with its own projection runner. */
runSubgraphAloneAsMain(journeySubgraph);

import 'reflect-metadata';
import { runSubgraphAloneAsMain } from '@samsyn/subgraph';
import { regionSubgraph } from './region.subgraph';

/** `npm run start:region`: the region subgraph alone, on PORT (default 4005), with its own projection runner. */
runSubgraphAloneAsMain(regionSubgraph);

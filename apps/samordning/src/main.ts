import 'reflect-metadata';
import { runSubgraphAloneAsMain } from '@samsyn/subgraph';
import { samordningSubgraph } from './samordning.subgraph';

/** `npm run start:samordning`: the samordning subgraph alone, on PORT (default 4006), with its own projection runner. */
runSubgraphAloneAsMain(samordningSubgraph);

import 'reflect-metadata';
import { runSubgraphAloneAsMain } from '@samsyn/subgraph';
import { kommunSubgraph } from './kommun.subgraph';

/** `npm run start:kommun`: the kommun subgraph alone, on PORT (default 4004), with its own projection runner. */
runSubgraphAloneAsMain(kommunSubgraph);

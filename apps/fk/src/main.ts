import 'reflect-metadata';
import { runSubgraphAloneAsMain } from '@samsyn/subgraph';
import { fkSubgraph } from './fk.module';

/** `npm run start:fk`: the fk subgraph alone, on PORT (default 4002), with its own projection runner. */
runSubgraphAloneAsMain(fkSubgraph);

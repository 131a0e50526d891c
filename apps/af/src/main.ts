import 'reflect-metadata';
import { runSubgraphAloneAsMain } from '@samsyn/subgraph';
import { afSubgraph } from './af.module';

/** `npm run start:af`: the af subgraph alone, on PORT (default 4003), with its own projection runner. */
runSubgraphAloneAsMain(afSubgraph);

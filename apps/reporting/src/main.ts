import 'reflect-metadata';
import { runSubgraphAloneAsMain } from '@samsyn/subgraph';
import { reportingSubgraph } from './reporting.module';

/** `npm run start:reporting`: the reporting subgraph alone, on PORT (default 4007), with its own projection runner. */
runSubgraphAloneAsMain(reportingSubgraph);

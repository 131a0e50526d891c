/** `node -r @swc-node/register bench/reporting/try.ts [--quick]`: the reporting section alone, its JSON on stdout. */
import 'reflect-metadata';
import { trySection } from '../projections/try-context';
import { reportingSection } from './index';

trySection(reportingSection);

/** `node -r @swc-node/register bench/growth/try.ts [--quick]`: the growth section alone, its JSON on stdout. */
import 'reflect-metadata';
import { trySection } from '../projections/try-context';
import { growthSection } from './index';

trySection(growthSection);

/** `node -r @swc-node/register bench/projections/try.ts [--quick]`: the projections section alone, its JSON on stdout. */
import 'reflect-metadata';
import { projectionsSection } from './index';
import { trySection } from './try-context';

trySection(projectionsSection);

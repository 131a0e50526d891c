import 'reflect-metadata';
import { runRebuildCliAsMain } from '@samsyn/projections';
import { READ_MODEL_PROJECTIONS } from '@samsyn/read-models';

/** `npm run rebuild [-- <projection>]`: rebuilds the read models from the first event, with a progress bar. */
runRebuildCliAsMain(READ_MODEL_PROJECTIONS);

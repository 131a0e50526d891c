import 'reflect-metadata';
import { READ_MODEL_PROJECTIONS } from '@samsyn/read-models';
import { closeOnSignal, openSamsynProcess } from '@samsyn/subgraph';
import { waitForReadModels } from './wait-for-read-models';

/** `npm run start:projector`: keeps the read models up to date for subgraphs that run without a runner of their own. */
async function main(env: NodeJS.ProcessEnv): Promise<void> {
  const samsyn = await openSamsynProcess({ ...env, SAMSYN_RUN_PROJECTIONS: 'on' });
  closeOnSignal(() => samsyn.close());
  process.stdout.write(`Samsyn projector is running — ${samsyn.describe()}\n`);
  const caughtUp = await waitForReadModels(samsyn.runner, READ_MODEL_PROJECTIONS, (line) =>
    process.stdout.write(`  ${line}\n`),
  );
  process.stdout.write(`  read models caught up: ${caughtUp.events} events in ${(caughtUp.ms / 1000).toFixed(1)} s\n`);
}

void main(process.env).catch((error: unknown) => {
  process.stderr.write(`The projector failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

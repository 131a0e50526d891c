import 'reflect-metadata';
import { loadDemoData } from '@samsyn/demo-data';
import { READ_MODEL_PROJECTIONS } from '@samsyn/read-models';
import { systemClock, today } from '@samsyn/runtime';
import { demoDataLine } from './demo-data-line';
import { waitForReadModels } from './wait-for-read-models';
import { closeOnSignal, openSamsynProcess } from '@samsyn/subgraph';
import { startSamsyn } from './start-samsyn';

const DEMO_SEED = 2023;

/** A second instance on the same machine sets SAMSYN_SUBGRAPH_PORTS=free: its subgraphs take free ports. */
function subgraphPortsFrom(env: NodeJS.ProcessEnv): 'default' | 'free' {
  const value = env.SAMSYN_SUBGRAPH_PORTS ?? 'default';
  if (value !== 'default' && value !== 'free')
    throw new Error(`SAMSYN_SUBGRAPH_PORTS must be "default" or "free", not "${value}"`);
  return value;
}

/** `npm start`: every subgraph and the gateway in one process over one store; demo data on the first start. */
async function main(env: NodeJS.ProcessEnv): Promise<void> {
  const started = performance.now();
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const loadDemo = env.SAMSYN_DEMO_DATA !== 'off';
  // On the first start the demo journeys are written before the runner starts: one pass of full pages
  // afterwards costs a fraction of tailing the import in small batches on PGlite's one thread.
  const samsyn = await openSamsynProcess(env, { startProjections: loadDemo ? 'later' : 'now' });
  say(`Samsyn is starting — ${samsyn.describe()}`);
  if (loadDemo) {
    let shown = 0;
    const demo = await loadDemoData(samsyn.resources, {
      seed: Number(env.SAMSYN_DEMO_SEED ?? DEMO_SEED),
      today: today(systemClock),
      onProgress: ({ done, total }) => {
        if (done === total || done - shown >= 200) {
          shown = done;
          say(`  demo data: ${done}/${total} journeys`);
        }
      },
    });
    say(demoDataLine(demo));
    await samsyn.startProjections();
  }
  const caughtUp = await waitForReadModels(samsyn.runner, READ_MODEL_PROJECTIONS, (line) => say(`  ${line}`));
  say(`  read models: ${caughtUp.events} events applied in ${(caughtUp.ms / 1000).toFixed(1)} s`);
  const host = env.HOST ?? '127.0.0.1';
  const stack = await startSamsyn(samsyn.context, {
    host,
    gatewayPort: Number(env.PORT ?? 4000),
    subgraphPorts: subgraphPortsFrom(env),
  });
  closeOnSignal(async () => {
    await stack.close();
    await samsyn.close();
  });
  say(`Samsyn is up in ${((performance.now() - started) / 1000).toFixed(1)} s: GraphQL gateway at ${stack.gatewayUrl}`);
  say(
    `  subgraphs: ${Object.entries(stack.subgraphUrls)
      .map(([name, url]) => `${name} ${url}`)
      .join(', ')}`,
  );
  const dataDir = env.SAMSYN_DATA_DIR ?? 'data';
  say(
    `  Get a development token:  TOKEN=$(SAMSYN_DATA_DIR=${dataDir} npm run -s token -- --org FK --role handlaggare)`,
  );
  say(
    '    (--org AF, KOMMUN:1880, REGION:18, SAMORDNINGSFORBUND:<id>; --org PERSON --role person --journey <id> for a person)',
  );
  say(`  Try: curl -s ${stack.gatewayUrl} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\`);
  say(
    `       -d '{"query":"{ fkDecisionsEnding(months: 6) { validTo person { id homeKommun fkAvslagCase { status } } } }"}'`,
  );
}

void main(process.env).catch((error: unknown) => {
  process.stderr.write(`Samsyn failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

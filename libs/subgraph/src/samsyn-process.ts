import { authConfigFromEnv, createTokenVerifier, describeAuth } from '@samsyn/auth';
import { journeyEventDecoder, ProjectionRunner } from '@samsyn/projections';
import { READ_MODEL_PROJECTIONS } from '@samsyn/read-models';
import {
  describeStore,
  loadMasterKey,
  openSamsynResources,
  storeConfigFromEnv,
  systemClock,
  type SamsynResources,
  type StoreConfig,
} from '@samsyn/runtime';
import { isDevelopmentMode } from './development-mode';
import { projectionReading } from './projection-reading';
import type { SubgraphContext } from './subgraph-core.module';

export interface SamsynProcess {
  config: StoreConfig;
  resources: SamsynResources;
  runner: ProjectionRunner;
  /** Starts the runner when opened with `startProjections: 'later'`; does nothing more once started. */
  startProjections(): Promise<void>;
  context: SubgraphContext;
  /** One line naming the store and where the master key came from: never the key or a password. */
  describe(): string;
  close(): Promise<void>;
}

/** What one Samsyn process holds: the store and tables, the projection runner, and the subgraphs' context. */
export async function openSamsynProcess(
  env: NodeJS.ProcessEnv,
  options: { startProjections?: 'now' | 'later' } = {},
): Promise<SamsynProcess> {
  const config = storeConfigFromEnv(env);
  // Checked first: production mode without an issuer refuses to start before anything is opened.
  const auth = authConfigFromEnv(env, env.SAMSYN_DATA_DIR ?? 'data');
  const masterKey = loadMasterKey(env, config);
  const resources = await openSamsynResources(config, masterKey.key);
  let started = false;
  const runner = new ProjectionRunner({
    store: resources.store,
    sql: resources.sql,
    decode: journeyEventDecoder(resources.keys),
    projections: READ_MODEL_PROJECTIONS,
    // Leases taken at start are summed up in `describe`; later ones are takeovers worth a line of their own.
    onLease: (projection, held) =>
      started &&
      process.stdout.write(
        `  projection ${projection}: ${held ? 'applied by this instance' : 'lease lost with its connection; standing by'}\n`,
      ),
  });
  // A subgraph started alone beside a projector (docker compose) only reads the read models.
  const runProjections = env.SAMSYN_RUN_PROJECTIONS !== 'off';
  const startProjections = async () => {
    if (runProjections) await runner.start();
    started = true;
  };
  if (options.startProjections !== 'later') await startProjections();
  const development = isDevelopmentMode(env);
  return {
    config,
    resources,
    runner,
    startProjections,
    context: {
      resources,
      projections: projectionReading(runner.reader),
      clock: systemClock,
      development,
      verifier: createTokenVerifier(auth),
    },
    describe: () =>
      `${describeStore(config)}, master key from ${masterKey.source}, ${describeAuth(auth)}${development ? ', development mode' : ''}` +
      (runProjections ? `; ${started ? describeLeases(runner) : 'projections start once the demo data is in'}` : ''),
    async close() {
      if (runProjections) await runner.stop();
      else await runner.reader.close();
      await resources.close();
    },
  };
}

function describeLeases(runner: ProjectionRunner): string {
  const here = runner.status().map((lane) => lane.projection);
  const elsewhere = runner.standingBy();
  if (elsewhere.length === 0) return 'applying every projection';
  return `applying ${here.length > 0 ? here.join(', ') : 'no projection'}; another instance applies ${elsewhere.join(', ')}`;
}

/** Closes `close` on SIGTERM or SIGINT and exits 0. */
export function closeOnSignal(close: () => Promise<void>): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(
      signal,
      () =>
        void close().then(
          () => process.exit(0),
          () => process.exit(1),
        ),
    );
  }
}

import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectionReading } from '@samsyn/journey-graphql';
import { MasterKey } from '@samsyn/personal-data';
import { journeyEventDecoder, ProjectionRunner } from '@samsyn/projections';
import { READ_MODEL_PROJECTIONS } from '@samsyn/read-models';
import { openSamsynResources, type SamsynResources, type StoreConfig } from '@samsyn/runtime';
import { createTestDatabase, graphqlRequest, SettableClock, type GraphQLResponse } from '@samsyn/testing';
import { startSamsyn } from '../../apps/samsyn/src/start-samsyn';

export type Backend = 'PGlite' | 'PostgreSQL';

export interface SamsynStack {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  clock: SettableClock;
  resources: SamsynResources;
  runner: ProjectionRunner;
  /** A request through the gateway acting for `organisation` (x-samsyn-organisation), with extra headers. */
  as<Data = Record<string, unknown>>(
    organisation: string | undefined,
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Data>>;
  close(): Promise<void>;
}

/** The whole of Samsyn in this process on a fresh database: every subgraph, the projection runner and the gateway. */
export async function startSamsynStack(
  backend: Backend,
  options: { development?: boolean; now?: string } = {},
): Promise<SamsynStack> {
  const database = backend === 'PostgreSQL' ? await createTestDatabase() : undefined;
  const dataDir = database ? undefined : await mkdtemp(join(tmpdir(), 'samsyn-stack-'));
  const config: StoreConfig = database ? { kind: 'postgres', url: database.url } : { kind: 'pglite', dataDir: dataDir ?? '' };
  const resources = await openSamsynResources(config, MasterKey.fromBase64(randomBytes(32).toString('base64')));
  const runner = new ProjectionRunner({
    store: resources.store,
    sql: resources.sql,
    decode: journeyEventDecoder(resources.keys),
    projections: READ_MODEL_PROJECTIONS,
  });
  await runner.start();
  const clock = new SettableClock(options.now ?? '2023-01-10T09:00:00+01:00');
  const stack = await startSamsyn(
    { resources, projections: projectionReading(runner.reader), clock, development: options.development ?? true },
    { host: '127.0.0.1', gatewayPort: 0, subgraphPorts: 'free' },
  );
  return {
    gatewayUrl: stack.gatewayUrl,
    subgraphUrls: stack.subgraphUrls,
    clock,
    resources,
    runner,
    as: (organisation, query, variables = {}, headers = {}) =>
      graphqlRequest(stack.gatewayUrl, query, variables, {
        ...(organisation ? { 'x-samsyn-organisation': organisation } : {}),
        ...headers,
      }),
    async close() {
      await stack.close();
      await runner.stop();
      await resources.close();
      await database?.drop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

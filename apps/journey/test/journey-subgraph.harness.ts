import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { MasterKey } from '@samsyn/personal-data';
import { openSamsynResources, type SamsynResources, type StoreConfig } from '@samsyn/runtime';
import { createTestDatabase, graphqlRequest, SettableClock, type GraphQLResponse } from '@samsyn/testing';
import { JourneyAppModule } from '../src/journey.module';

export type Backend = 'PGlite' | 'PostgreSQL';

export interface JourneySubgraph {
  url: string;
  clock: SettableClock;
  resources: SamsynResources;
  /** Sends a request acting for `organisation` (the x-samsyn-organisation header). */
  as<Data = Record<string, unknown>>(
    organisation: string | undefined,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<Data>>;
  close(): Promise<void>;
}

/** The journey subgraph in this process on a fresh database, listening on a free port. */
export async function startJourneySubgraph(
  backend: Backend,
  options: { development?: boolean; now?: string } = {},
): Promise<JourneySubgraph> {
  const database = backend === 'PostgreSQL' ? await createTestDatabase() : undefined;
  const dataDir = database ? undefined : await mkdtemp(join(tmpdir(), 'samsyn-journey-'));
  const config: StoreConfig = database ? { kind: 'postgres', url: database.url } : { kind: 'pglite', dataDir: dataDir ?? '' };
  const resources = await openSamsynResources(config, MasterKey.fromBase64(randomBytes(32).toString('base64')));
  const clock = new SettableClock(options.now ?? '2023-01-10T09:00:00+01:00');
  const moduleRef = await Test.createTestingModule({
    imports: [JourneyAppModule.with({ resources, clock, development: options.development ?? true })],
  }).compile();
  const app: INestApplication = moduleRef.createNestApplication({ logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
  return {
    url,
    clock,
    resources,
    as: (organisation, query, variables = {}) =>
      graphqlRequest(url, query, variables, organisation ? { 'x-samsyn-organisation': organisation } : {}),
    async close() {
      await app.close();
      await resources.close();
      await database?.drop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

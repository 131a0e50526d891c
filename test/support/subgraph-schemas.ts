import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AuthenticationError, type TokenVerifier } from '@samsyn/auth';
import { MasterKey } from '@samsyn/personal-data';
import { openSamsynResources, systemClock } from '@samsyn/runtime';
import type { ProjectionReading } from '@samsyn/subgraph';
import type { GraphQLSchema } from 'graphql';
import { SUBGRAPHS } from '../../apps/samsyn/src/subgraphs';

const NO_READS: ProjectionReading = {
  tables: () => Promise.reject(new Error('No read models while reading the schema')),
  waitFor: () => Promise.reject(new Error('No read models while reading the schema')),
  lag: () => Promise.reject(new Error('No read models while reading the schema')),
};

const NO_TOKENS: TokenVerifier = {
  verify: () => Promise.reject(new AuthenticationError('TOKEN_MISSING', 'No tokens while reading the schema')),
};

/**
 * Each subgraph's executable schema as its Nest application builds it, in process and listening nowhere: unlike the
 * SDL, it keeps the fields' extensions (what `@PersonalData` and `@NotPersonal` mark).
 */
export async function subgraphSchemas(): Promise<Record<string, GraphQLSchema>> {
  const resources = await openSamsynResources(
    { kind: 'memory' },
    MasterKey.fromBase64(randomBytes(32).toString('base64')),
  );
  const context = { resources, projections: NO_READS, clock: systemClock, development: false, verifier: NO_TOKENS };
  const schemas: Record<string, GraphQLSchema> = {};
  try {
    for (const subgraph of SUBGRAPHS) {
      const app = await NestFactory.create(subgraph.module(context), { logger: ['error', 'warn'] });
      try {
        await app.init();
        schemas[subgraph.name] = app.get(GraphQLSchemaHost).schema;
      } finally {
        await app.close();
      }
    }
    return schemas;
  } finally {
    await resources.close();
  }
}

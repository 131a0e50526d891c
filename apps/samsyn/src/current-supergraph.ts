import { randomBytes } from 'node:crypto';
import { AuthenticationError, type TokenVerifier } from '@samsyn/auth';
import type { ProjectionReading } from '@samsyn/subgraph';
import { MasterKey } from '@samsyn/personal-data';
import { openSamsynResources, systemClock } from '@samsyn/runtime';
import { composeSupergraph, type Supergraph } from '@samsyn/app-gateway';
import { startSamsyn } from './start-samsyn';
import { SUBGRAPHS } from './subgraphs';

const NO_READS: ProjectionReading = {
  tables: () => Promise.reject(new Error('No read models while composing the schema')),
  waitFor: () => Promise.reject(new Error('No read models while composing the schema')),
  lag: () => Promise.reject(new Error('No read models while composing the schema')),
};

const NO_TOKENS: TokenVerifier = {
  verify: () => Promise.reject(new AuthenticationError('TOKEN_MISSING', 'No tokens while composing the schema')),
};

/**
 * The supergraph the code defines now: every subgraph started in memory on free ports, its SDL taken, and
 * composed with the URLs the subgraphs have when started on their default ports.
 */
export async function composeCurrentSupergraph(): Promise<Supergraph> {
  const resources = await openSamsynResources(
    { kind: 'memory' },
    MasterKey.fromBase64(randomBytes(32).toString('base64')),
  );
  try {
    const stack = await startSamsyn(
      { resources, projections: NO_READS, clock: systemClock, development: false, verifier: NO_TOKENS },
      { host: '127.0.0.1', gatewayPort: 0, subgraphPorts: 'free' },
    );
    await stack.close();
    const defaultUrl = (name: string) =>
      `http://127.0.0.1:${SUBGRAPHS.find((subgraph) => subgraph.name === name)?.defaultPort}/graphql`;
    return composeSupergraph(stack.subgraphSdls.map((sdl) => ({ ...sdl, url: defaultUrl(sdl.name) })));
  } finally {
    await resources.close();
  }
}

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authConfigFromEnv, createTokenIssuer, createTokenVerifier, type IssueTokenInput } from '@samsyn/auth';
import { ProjectionReader } from '@samsyn/projections';
import { systemClock, type SamsynResources } from '@samsyn/runtime';
import { projectionReading } from '@samsyn/subgraph';
import { graphqlRequest } from '@samsyn/testing';
import { startSamsyn } from '../apps/samsyn/src/start-samsyn';
import { closer, describeError, type BenchContext } from './harness';

/** Development tokens signed by a key pair in `directory` (made there when missing), each issued once. */
export function benchTokens(directory: string) {
  const config = authConfigFromEnv({}, directory);
  const issuer = createTokenIssuer(config);
  const issued = new Map<string, Promise<string>>();
  return {
    verifier: createTokenVerifier(config),
    token(viewer: IssueTokenInput): Promise<string> {
      const key = JSON.stringify(viewer);
      if (!issued.has(key)) issued.set(key, issuer.issue(viewer));
      return issued.get(key) as Promise<string>;
    },
  };
}

export function personViewer(journeyId: string): IssueTokenInput {
  return { subject: `bench-person-${journeyId}`, organisation: 'PERSON', role: 'person', purpose: 'egen', journeyId };
}

/** The caseworker every API figure acts as: an FK handläggare, who writes the commands and reads the overviews. */
export const FK_CASEWORKER = {
  subject: 'bench-fk-handlaggare',
  organisation: 'FK',
  role: 'handlaggare',
  purpose: 'samordning',
};

// Every subgraph and the gateway in this process over `resources`, on free ports, reading `projections`' read
// models (no projection runner) and verifying tokens of a key pair made for the run.
export async function startGraphQL(context: BenchContext, resources: SamsynResources, projections: readonly string[]) {
  const directory = await mkdtemp(join(tmpdir(), 'samsyn-bench-auth-'));
  const removeDirectory = closer(context, () => rm(directory, { recursive: true, force: true }));
  const tokens = benchTokens(directory);
  const reader = new ProjectionReader(resources.sql, [...projections]);
  const closeReader = closer(context, () => reader.close());
  const subgraphs = { resources, projections: projectionReading(reader), clock: systemClock, development: false };
  const samsyn = await startSamsyn(
    { ...subgraphs, verifier: tokens.verifier },
    { host: '127.0.0.1', gatewayPort: 0, subgraphPorts: 'free' },
  );
  const close = closer(context, () => samsyn.close().finally(closeReader).finally(removeDirectory));
  return { samsyn, reader, tokens, close };
}

/** One GraphQL request; `failure` says why it does not count (an error in the answer, or no GraphQL answer at all). */
export async function askGraphQL<Data>(url: string, token: string, query: string, variables: Record<string, unknown>) {
  try {
    const answer = await graphqlRequest<Data>(url, query, variables, { authorization: `Bearer ${token}` });
    const [error] = answer.errors ?? [];
    const code = error?.extensions?.['code'];
    const failure = error ? `${typeof code === 'string' ? code : 'ERROR'}: ${error.message}` : null;
    return { data: answer.data, failure };
  } catch (error) {
    return { data: undefined as Data | undefined, failure: describeError(error, false) };
  }
}

export async function requireGraphQL<Data>(what: string, ...request: Parameters<typeof askGraphQL>) {
  const { data, failure } = await askGraphQL<Data>(...request);
  if (failure || data === null || data === undefined)
    throw new Error(`The ${what} query failed: ${failure ?? 'no data'}`);
  return data;
}

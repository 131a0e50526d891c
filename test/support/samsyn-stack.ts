import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authConfigFromEnv, createTokenIssuer, createTokenVerifier, type Viewer } from '@samsyn/auth';
import { projectionReading } from '@samsyn/subgraph';
import { MasterKey } from '@samsyn/personal-data';
import { journeyEventDecoder, ProjectionRunner } from '@samsyn/projections';
import { READ_MODEL_PROJECTIONS } from '@samsyn/read-models';
import { openSamsynResources, type SamsynResources, type StoreConfig } from '@samsyn/runtime';
import {
  createDatabaseOn,
  createTestDatabase,
  graphqlRequest,
  SettableClock,
  type GraphQLResponse,
} from '@samsyn/testing';
import { startSamsyn } from '../../apps/samsyn/src/start-samsyn';

export type Backend = 'PGlite' | 'PostgreSQL';

/** Who a test request acts as: an organisation (a caseworker there), or a whole viewer. */
export type Actor = string | (Partial<Viewer> & { organisation: string });

export interface SamsynStack {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  clock: SettableClock;
  resources: SamsynResources;
  runner: ProjectionRunner;
  /** A request through the gateway with a token for `actor` (none when undefined), and extra headers. */
  as<Data = Record<string, unknown>>(
    actor: Actor | undefined,
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Data>>;
  /** The data directory whose `auth/` holds the key pair the stack trusts (to sign tokens its issuer would not). */
  authDataDir: string;
  /** A signed token for `actor`, as a client would send it. */
  tokenFor(actor: Actor): Promise<string>;
  close(): Promise<void>;
}

/** The whole of Samsyn in this process on a fresh database: every subgraph, the projection runner and the gateway. */
export async function startSamsynStack(
  backend: Backend,
  options: {
    development?: boolean;
    now?: string;
    /** PostgreSQL: the server to create the stack's database on (its admin URL); by default the tests' shared one. */
    adminUrl?: string;
  } = {},
): Promise<SamsynStack> {
  const database =
    backend !== 'PostgreSQL'
      ? undefined
      : options.adminUrl
        ? await createDatabaseOn(options.adminUrl, 'samsyn_test')
        : await createTestDatabase();
  const dataDir = database ? undefined : await mkdtemp(join(tmpdir(), 'samsyn-stack-'));
  const authDir = await mkdtemp(join(tmpdir(), 'samsyn-auth-'));
  const auth = authConfigFromEnv({}, authDir);
  const issuer = createTokenIssuer(auth);
  const config: StoreConfig = database
    ? { kind: 'postgres', url: database.url }
    : { kind: 'pglite', dataDir: dataDir ?? '' };
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
    {
      resources,
      projections: projectionReading(runner.reader),
      clock,
      development: options.development ?? true,
      verifier: createTokenVerifier(auth),
    },
    { host: '127.0.0.1', gatewayPort: 0, subgraphPorts: 'free' },
  );
  const tokens = new Map<string, Promise<string>>();
  const tokenFor = (actor: Actor): Promise<string> => {
    const viewer = typeof actor === 'string' ? { organisation: actor } : actor;
    const key = JSON.stringify(viewer);
    if (!tokens.has(key)) {
      tokens.set(
        key,
        issuer.issue({
          subject: `test-${viewer.organisation}-${viewer.role ?? 'handlaggare'}`
            .toLowerCase()
            .replace(/[^a-z0-9-]/g, '-'),
          role: viewer.organisation === 'PERSON' ? 'person' : 'handlaggare',
          purpose: 'samordning',
          ...viewer,
        }),
      );
    }
    return tokens.get(key)!;
  };
  return {
    gatewayUrl: stack.gatewayUrl,
    subgraphUrls: stack.subgraphUrls,
    clock,
    resources,
    runner,
    tokenFor,
    authDataDir: authDir,
    as: async (actor, query, variables = {}, headers = {}) =>
      graphqlRequest(stack.gatewayUrl, query, variables, {
        ...(actor ? { authorization: `Bearer ${await tokenFor(actor)}` } : {}),
        ...headers,
      }),
    async close() {
      await stack.close();
      await runner.stop();
      await resources.close();
      await database?.drop();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
      await rm(authDir, { recursive: true, force: true });
    },
  };
}

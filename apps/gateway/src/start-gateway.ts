import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { badInputCodes } from './bad-input-codes.plugin';
import { GRAPHIQL_OPTIONS, renderOfflineGraphiQL } from './explorer/offline-graphiql';
import type { GatewaySecurityOptions } from './hardening/gateway-security-options';
import { persistedDocumentsPolicy } from './hardening/persisted-documents-policy';
import { queryLimits } from './hardening/query-limits';
import { requestSizeLimit } from './hardening/request-size-limit.plugin';
import { schemaPrivacy } from './hardening/schema-privacy';
import { securityOptionsFromEnv } from './hardening/security-options-from-env';

export type { GatewaySecurityOptions } from './hardening/gateway-security-options';

/** The request headers every subgraph needs: who acts, and how fresh the answer must be. */
export const PROPAGATED_HEADERS = ['authorization', 'x-samsyn-consistent-with'] as const;

export interface RunningGateway {
  url: string;
  close(): Promise<void>;
}

/**
 * Hive Gateway serving the supergraph at /graphql, forwarding the caller's headers to the subgraphs.
 * `options` override the hardening the environment sets (see `securityOptionsFromEnv`).
 */
export async function startGateway(
  supergraph: string,
  port: number,
  host: string,
  options: Partial<GatewaySecurityOptions> = {},
): Promise<RunningGateway> {
  const security: GatewaySecurityOptions = { ...(await securityOptionsFromEnv(process.env)), ...options };
  const gateway = createGatewayRuntime({
    supergraph,
    logging: 'error',
    graphqlEndpoint: '/graphql',
    graphiql: security.production ? false : GRAPHIQL_OPTIONS,
    renderGraphiQL: renderOfflineGraphiQL,
    // Hive Gateway's landing page loads scripts from a CDN; in development `/` leads to the explorer instead.
    landingPage: false,
    ...(security.production ? { disableIntrospection: {} } : {}),
    persistedDocuments: persistedDocumentsPolicy(security.persistedDocuments, security.persistedOnlyClients),
    plugins: () => [
      requestSizeLimit(security.maxRequestBytes),
      ...queryLimits(security.limits),
      badInputCodes(),
      ...(security.production ? schemaPrivacy() : []),
    ],
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) =>
        Object.fromEntries(PROPAGATED_HEADERS.map((name) => [name, request.headers.get(name) ?? undefined])) as Record<
          string,
          string
        >,
    },
  });
  const server: Server = createServer((request, response) => {
    if (!security.production && request.method === 'GET' && request.url === '/') {
      response.writeHead(302, { location: '/graphql' }).end();
      return;
    }
    void gateway(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}/graphql`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.dispose();
    },
  };
}

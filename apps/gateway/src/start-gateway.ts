import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { badInputCodes } from './bad-input-codes.plugin';

/** The request headers every subgraph needs: who acts, and how fresh the answer must be. */
export const PROPAGATED_HEADERS = ['authorization', 'x-samsyn-organisation', 'x-samsyn-consistent-with'] as const;

export interface RunningGateway {
  url: string;
  close(): Promise<void>;
}

/** Hive Gateway serving the supergraph at /graphql, forwarding the caller's headers to the subgraphs. */
export async function startGateway(supergraph: string, port: number, host: string): Promise<RunningGateway> {
  const gateway = createGatewayRuntime({
    supergraph,
    logging: 'error',
    graphqlEndpoint: '/graphql',
    plugins: () => [badInputCodes()],
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) =>
        Object.fromEntries(PROPAGATED_HEADERS.map((name) => [name, request.headers.get(name) ?? undefined])) as Record<string, string>,
    },
  });
  const server: Server = createServer(gateway);
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

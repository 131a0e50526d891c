import { startSamsynStack, type SamsynStack } from '../../../../test/support/samsyn-stack';
import { composeSupergraph, fetchSubgraphSdl } from '../../src/compose-supergraph';
import { startGateway, type GatewaySecurityOptions } from '../../src/start-gateway';
import { startCountingProxy } from './counting-proxy';

export interface GraphQLErrorBody {
  message: string;
  extensions?: Record<string, unknown>;
}

export interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: GraphQLErrorBody[] };
}

export interface HardenedGateway {
  url: string;
  /** POSTs `body` (JSON unless a string) as an FK caseworker, with extra `headers`. */
  post(body: unknown, headers?: Record<string, string>): Promise<Answer>;
}

export interface HardenedSamsyn {
  stack: SamsynStack;
  /** Requests that reached any subgraph so far, through any gateway started here. */
  subgraphCalls(): number;
  startGateway(options: Partial<GatewaySecurityOptions>): Promise<HardenedGateway>;
  close(): Promise<void>;
}

/**
 * Samsyn on PGlite with its own gateway, plus further gateways (each with the hardening a test gives it)
 * over the same subgraphs, reached through a proxy that counts the requests.
 */
export async function startHardenedSamsyn(): Promise<HardenedSamsyn> {
  const stack = await startSamsynStack('PGlite');
  const proxy = await startCountingProxy(stack.subgraphUrls);
  const sdls = await Promise.all(Object.entries(stack.subgraphUrls).map(([name, url]) => fetchSubgraphSdl(name, url)));
  const supergraph = composeSupergraph(
    sdls.map((sdl) => ({ ...sdl, url: proxy.urls[sdl.name] ?? sdl.url })),
  ).supergraphSdl;
  const token = await stack.tokenFor('FK');
  const closers: (() => Promise<void>)[] = [];
  return {
    stack,
    subgraphCalls: proxy.calls,
    async startGateway(options) {
      const gateway = await startGateway(supergraph, 0, '127.0.0.1', options);
      closers.push(gateway.close);
      return {
        url: gateway.url,
        post: (body, headers = {}) => post(gateway.url, body, { authorization: `Bearer ${token}`, ...headers }),
      };
    },
    async close() {
      for (const close of closers) await close();
      await proxy.close();
      await stack.close();
    },
  };
}

async function post(url: string, body: unknown, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

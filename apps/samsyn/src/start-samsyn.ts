import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { SubgraphContext } from '@samsyn/subgraph';
import {
  composeSupergraph,
  fetchSubgraphSdl,
  startGateway,
  type SubgraphSdl,
  type Supergraph,
} from '@samsyn/app-gateway';
import { SUBGRAPHS } from './subgraphs';

export interface StackOptions {
  host: string;
  /** 0 picks free ports (tests); otherwise subgraphs listen on their default ports. */
  gatewayPort: number;
  subgraphPorts: 'default' | 'free';
}

export interface RunningSamsyn {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  supergraph: Supergraph;
  subgraphSdls: SubgraphSdl[];
  /** Each subgraph's Nest application, by name (to reach a provider in process, e.g. the journey's command bus). */
  apps: Record<string, INestApplication>;
  close(): Promise<void>;
}

/** Every subgraph as its own Nest app on 127.0.0.1, then the gateway over their composed supergraph. */
export async function startSamsyn(context: SubgraphContext, options: StackOptions): Promise<RunningSamsyn> {
  const apps: INestApplication[] = [];
  const byName: Record<string, INestApplication> = {};
  try {
    const subgraphUrls: Record<string, string> = {};
    for (const subgraph of SUBGRAPHS) {
      const app = await NestFactory.create(subgraph.module(context), { logger: ['error', 'warn'] });
      apps.push(app);
      byName[subgraph.name] = app;
      await app.listen(options.subgraphPorts === 'default' ? subgraph.defaultPort : 0, options.host);
      const port = new URL(await app.getUrl()).port;
      subgraphUrls[subgraph.name] = `http://${options.host}:${port}/graphql`;
    }
    const sdls = await Promise.all(Object.entries(subgraphUrls).map(([name, url]) => fetchSubgraphSdl(name, url)));
    const supergraph = composeSupergraph(sdls);
    const gateway = await startGateway(supergraph.supergraphSdl, options.gatewayPort, options.host);
    return {
      gatewayUrl: gateway.url,
      subgraphUrls,
      supergraph,
      subgraphSdls: sdls,
      apps: byName,
      async close() {
        await gateway.close();
        for (const app of apps.reverse()) await app.close();
      },
    };
  } catch (error) {
    for (const app of apps.reverse()) await app.close().catch(() => undefined);
    throw error;
  }
}

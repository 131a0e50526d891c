import { composeSupergraph, fetchSubgraphSdl } from './compose-supergraph';
import { startGateway } from './start-gateway';

const DEFAULT_SUBGRAPHS = 'journey=4001,fk=4002,af=4003,kommun=4004,region=4005,samordning=4006,reporting=4007';

/**
 * `npm run start:gateway`: the gateway alone, over subgraphs running elsewhere. SAMSYN_SUBGRAPHS lists
 * them as `name=url` or `name=port` (on HOST) pairs, comma separated.
 */
async function main(env: NodeJS.ProcessEnv): Promise<void> {
  const host = env.HOST ?? '127.0.0.1';
  const subgraphs = (env.SAMSYN_SUBGRAPHS ?? DEFAULT_SUBGRAPHS).split(',').map((pair) => {
    const [name = '', target = ''] = pair.split('=');
    return { name, url: /^\d+$/.test(target) ? `http://${host}:${target}/graphql` : target };
  });
  const sdls = await Promise.all(subgraphs.map(({ name, url }) => untilReachable(() => fetchSubgraphSdl(name, url))));
  const gateway = await startGateway(composeSupergraph(sdls).supergraphSdl, Number(env.PORT ?? 4000), host);
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.once(signal, () => void gateway.close().then(() => process.exit(0)));
  process.stdout.write(
    `Samsyn gateway is up on ${gateway.url} over ${subgraphs.map((subgraph) => subgraph.name).join(', ')}\n`,
  );
}

const RETRY_MS = 1_000;
const GIVE_UP_MS = 120_000;

/** Subgraphs started beside the gateway may not listen yet: ask again for up to two minutes. */
async function untilReachable<T>(attempt: () => Promise<T>): Promise<T> {
  const giveUpAt = Date.now() + GIVE_UP_MS;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > giveUpAt) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}

void main(process.env).catch((error: unknown) => {
  process.stderr.write(`The gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

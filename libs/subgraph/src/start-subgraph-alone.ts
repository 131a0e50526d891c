import { NestFactory } from '@nestjs/core';
import { closeOnSignal, openSamsynProcess } from './samsyn-process';
import type { SubgraphApp } from './subgraph-app';

/** One subgraph alone in its process, with its own projection runner unless SAMSYN_RUN_PROJECTIONS=off. */
export async function startSubgraphAlone(subgraph: SubgraphApp, env: NodeJS.ProcessEnv): Promise<string> {
  const samsyn = await openSamsynProcess(env);
  try {
    const app = await NestFactory.create(subgraph.module(samsyn.context), { logger: ['error', 'warn'] });
    const host = env.HOST ?? '127.0.0.1';
    const port = Number(env.PORT ?? subgraph.defaultPort);
    await app.listen(port, host);
    closeOnSignal(async () => {
      await app.close();
      await samsyn.close();
    });
    return `Samsyn ${subgraph.name} subgraph is up on http://${host}:${port}/graphql — ${samsyn.describe()}`;
  } catch (error) {
    await samsyn.close().catch(() => undefined);
    throw error;
  }
}

/** An app's main.ts: starts its subgraph on PORT (default its own), says where, or why it could not. */
export function runSubgraphAloneAsMain(subgraph: SubgraphApp, env: NodeJS.ProcessEnv = process.env): void {
  startSubgraphAlone(subgraph, env).then(
    (line) => process.stdout.write(`${line}\n`),
    (error: unknown) => {
      process.stderr.write(
        `The ${subgraph.name} subgraph failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}

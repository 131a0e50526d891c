import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { closeOnSignal, openSamsynProcess } from './samsyn-process';
import { SUBGRAPHS } from './subgraphs';

/** `npm run start:<name>`: one subgraph alone in its process, with its own projection runner. */
export async function runSubgraphAlone(name: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const subgraph = SUBGRAPHS.find((candidate) => candidate.name === name);
  if (!subgraph)
    throw new Error(`No subgraph ${name}; there are ${SUBGRAPHS.map((candidate) => candidate.name).join(', ')}`);
  const samsyn = await openSamsynProcess(env);
  const app = await NestFactory.create(subgraph.module(samsyn.context), { logger: ['error', 'warn'] });
  const host = env.HOST ?? '127.0.0.1';
  const port = Number(env.PORT ?? subgraph.defaultPort);
  await app.listen(port, host);
  closeOnSignal(async () => {
    await app.close();
    await samsyn.close();
  });
  process.stdout.write(`Samsyn ${name} subgraph is up on http://${host}:${port}/graphql — ${samsyn.describe()}\n`);
}

if (require.main === module) {
  const name = process.argv[2] ?? '';
  void runSubgraphAlone(name).catch((error: unknown) => {
    process.stderr.write(
      `The ${name} subgraph failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
}

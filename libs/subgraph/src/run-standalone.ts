import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { describeStore, loadMasterKey, openSamsynResources, storeConfigFromEnv, type SamsynResources } from '@samsyn/runtime';
import { isDevelopmentMode } from './development-mode';

export interface StandaloneApp {
  name: string;
  defaultPort: number;
  module(resources: SamsynResources, development: boolean): DynamicModule;
}

/** Starts one app alone in its process over the store the environment names; SIGTERM closes it cleanly. */
export async function runStandalone(spec: StandaloneApp, env: NodeJS.ProcessEnv = process.env): Promise<INestApplication> {
  const config = storeConfigFromEnv(env);
  const masterKey = loadMasterKey(env, config);
  const resources = await openSamsynResources(config, masterKey.key);
  const development = isDevelopmentMode(env);
  const app = await NestFactory.create(spec.module(resources, development), { logger: ['error', 'warn'] });
  app.enableShutdownHooks();
  const port = Number(env.PORT ?? spec.defaultPort);
  const host = env.HOST ?? '127.0.0.1';
  await app.listen(port, host);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void app.close().then(() => resources.close()).then(() => process.exit(0)));
  }
  process.stdout.write(
    `Samsyn ${spec.name} is up on http://${host}:${port}/graphql — ${describeStore(config)}, master key from ${masterKey.source}` +
      `${development ? ', development mode' : ''}\n`,
  );
  return app;
}

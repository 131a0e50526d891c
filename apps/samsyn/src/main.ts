import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { describeStore, loadMasterKey, openSamsynResources, storeConfigFromEnv } from '@samsyn/runtime';
import { SamsynModule } from './samsyn.module';

async function bootstrap(): Promise<void> {
  const config = storeConfigFromEnv(process.env);
  const resources = await openSamsynResources(config, loadMasterKey(process.env, config).key);
  const app = await NestFactory.create(SamsynModule.withStore(resources.store), { logger: ['error', 'warn', 'log'] });
  const port = Number(process.env.PORT ?? 4000);
  const host = process.env.HOST ?? '127.0.0.1';
  await app.listen(port, host);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void app.close().then(() => process.exit(0)));
  }
  process.stdout.write(`Samsyn is up on http://${host}:${port}/health — event store: ${describeStore(config)}\n`);
}

void bootstrap().catch((error: unknown) => {
  process.stderr.write(`Samsyn failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authConfigFromEnv, createTokenIssuer } from '@samsyn/auth';
import { journeyEventDecoder, rebuildProjections } from '@samsyn/projections';
import { READ_MODEL_PROJECTIONS } from '@samsyn/read-models';
import { loadMasterKey, openSamsynResources, storeConfigFromEnv, type SamsynResources } from '@samsyn/runtime';
import { createTestDatabase, type TestDatabase } from '@samsyn/testing';
import { missingAcknowledgedEvents } from './acknowledged-events';
import type { Acknowledged } from './command-stream';
import { projectionChecksums } from './projection-checksums';

export type ProcessBackend = 'PGlite' | 'PostgreSQL';

/** What Samsyn processes of one test share: a data directory (keys) and, on PostgreSQL, a database and master key. */
export interface SamsynEnv {
  readonly env: NodeJS.ProcessEnv;
  /** A development token signed with the key pair the processes trust. */
  token(organisation: string, role?: string): Promise<string>;
  /** Opens the store as the processes do (while none runs, for PGlite). */
  open(): Promise<SamsynResources>;
  remove(): Promise<void>;
}

export async function samsynEnv(backend: ProcessBackend): Promise<SamsynEnv> {
  const dataDir = await mkdtemp(join(tmpdir(), 'samsyn-process-'));
  const database: TestDatabase | undefined = backend === 'PostgreSQL' ? await createTestDatabase() : undefined;
  const env: NodeJS.ProcessEnv = database
    ? { SAMSYN_DATA_DIR: dataDir, DATABASE_URL: database.url, SAMSYN_MASTER_KEY: randomBytes(32).toString('base64') }
    : { SAMSYN_DATA_DIR: dataDir };
  const issuer = createTokenIssuer(authConfigFromEnv({}, dataDir));
  return {
    env,
    token: (organisation, role = 'handlaggare') =>
      issuer.issue({ subject: `process-test-${role}`, organisation, role, purpose: 'samordning' }),
    open: () => {
      const config = storeConfigFromEnv(env);
      return openSamsynResources(config, loadMasterKey(env, config).key);
    },
    async remove() {
      await database?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * With no Samsyn process running: which acknowledged events the store lacks, and the read models'
 * checksums as served and after a fresh rebuild from the first event.
 */
export async function afterTheFact(setup: SamsynEnv, acknowledged: readonly Acknowledged[]) {
  const resources = await setup.open();
  try {
    const lost = await missingAcknowledgedEvents(resources.sql, acknowledged);
    return { lost, ...(await servedAndRebuilt(resources)) };
  } finally {
    await resources.close();
  }
}

/** Checksums of the read models as served, then as a fresh rebuild from the first event leaves them. */
export async function servedAndRebuilt(
  resources: SamsynResources,
): Promise<{ served: Record<string, string>; rebuilt: Record<string, string> }> {
  const served = await projectionChecksums(resources.sql, READ_MODEL_PROJECTIONS);
  await rebuildProjections({
    store: resources.store,
    sql: resources.sql,
    decode: journeyEventDecoder(resources.keys),
    projections: READ_MODEL_PROJECTIONS,
  });
  return { served, rebuilt: await projectionChecksums(resources.sql, READ_MODEL_PROJECTIONS) };
}

export async function until(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - started;
}

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MasterKey } from '@samsyn/personal-data';
import type { StoreConfig } from './store-config';

export interface LoadedMasterKey {
  key: MasterKey;
  /** Where it came from, for the start-up line: never the key itself. */
  source: string;
}

/**
 * SAMSYN_MASTER_KEY when set. Without it, and only on the embedded store, a key is made on the first start
 * and kept in the data directory beside the data it protects: fine for a laptop, not for production,
 * where the key must come from a secret store and never sit next to the database.
 */
export function loadMasterKey(env: NodeJS.ProcessEnv, config: StoreConfig): LoadedMasterKey {
  if (env.SAMSYN_MASTER_KEY) return { key: MasterKey.fromBase64(env.SAMSYN_MASTER_KEY), source: 'SAMSYN_MASTER_KEY' };
  if (config.kind !== 'pglite') return { key: MasterKey.fromBase64(undefined), source: 'none' };
  const file = join(config.dataDir, 'master.key');
  if (!existsSync(file)) {
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  return { key: MasterKey.fromBase64(readFileSync(file, 'utf8').trim()), source: `${file} (development only)` };
}

import { join } from 'node:path';

/** Where Samsyn keeps its events and its tables (person index, journey keys, read models). */
export type StoreConfig =
  | { kind: 'pglite'; dataDir: string }
  /** PGlite in memory: gone when the process ends (schema generation, tests). */
  | { kind: 'memory' }
  | { kind: 'postgres'; url: string }
  | { kind: 'kurrentdb'; url: string; tablesUrl: string | undefined; dataDir: string };

/**
 * From the environment: KurrentDB for events when KURRENTDB_URL is set, PostgreSQL when DATABASE_URL is set,
 * otherwise the embedded PGlite under SAMSYN_DATA_DIR (default ./data). With KurrentDB the tables live in
 * DATABASE_URL's PostgreSQL, or in PGlite when it is not set.
 */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv): StoreConfig {
  const dataDir = env.SAMSYN_DATA_DIR ?? 'data';
  if (env.KURRENTDB_URL) return { kind: 'kurrentdb', url: env.KURRENTDB_URL, tablesUrl: env.DATABASE_URL, dataDir };
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return { kind: 'pglite', dataDir };
}

export function pgliteDirectory(dataDir: string): string {
  return join(dataDir, 'pglite');
}

/** Names the store without credentials, for start-up lines and logs. */
export function describeStore(config: StoreConfig): string {
  switch (config.kind) {
    case 'pglite':
      return `PGlite in ${pgliteDirectory(config.dataDir)}`;
    case 'memory':
      return 'PGlite in memory';
    case 'postgres':
      return `PostgreSQL at ${new URL(config.url).host}`;
    case 'kurrentdb':
      return `KurrentDB at ${new URL(config.url).host}`;
  }
}

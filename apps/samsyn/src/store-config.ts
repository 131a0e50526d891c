export type StoreConfig =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; url: string }
  | { kind: 'kurrentdb'; url: string };

/** Which event store to open, from the environment: KurrentDB, PostgreSQL, or PGlite under ./data by default. */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv): StoreConfig {
  if (env.KURRENTDB_URL) return { kind: 'kurrentdb', url: env.KURRENTDB_URL };
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return { kind: 'pglite', dataDir: env.SAMSYN_DATA_DIR ?? 'data/pglite' };
}

export function describeStore(config: StoreConfig): string {
  switch (config.kind) {
    case 'pglite':
      return `PGlite in ${config.dataDir}`;
    case 'postgres':
      return `PostgreSQL at ${new URL(config.url).host}`;
    case 'kurrentdb':
      return 'KurrentDB';
  }
}

import { DEFAULT_LIMITS, DEFAULT_MAX_REQUEST_BYTES, type GatewaySecurityOptions } from './gateway-security-options';
import { loadPersistedDocuments, NO_PERSISTED_DOCUMENTS } from './persisted-documents';

/**
 * The gateway's hardening as the environment sets it: production when SAMSYN_MODE=production (or
 * NODE_ENV=production when SAMSYN_MODE is not set); SAMSYN_PERSISTED_DOCUMENTS=<path to JSON> and
 * SAMSYN_PERSISTED_ONLY_CLIENTS=<client,client>; the limits at their defaults.
 */
export async function securityOptionsFromEnv(env: NodeJS.ProcessEnv): Promise<GatewaySecurityOptions> {
  const path = env.SAMSYN_PERSISTED_DOCUMENTS;
  return {
    production: (env.SAMSYN_MODE ?? env.NODE_ENV) === 'production',
    limits: { ...DEFAULT_LIMITS },
    maxRequestBytes: DEFAULT_MAX_REQUEST_BYTES,
    persistedDocuments: path ? await loadPersistedDocuments(path) : NO_PERSISTED_DOCUMENTS,
    persistedOnlyClients: new Set(
      (env.SAMSYN_PERSISTED_ONLY_CLIENTS ?? '')
        .split(',')
        .map((client) => client.trim())
        .filter(Boolean),
    ),
  };
}

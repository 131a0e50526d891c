import { join } from 'node:path';
import { AuthConfigError } from './auth-config-error';

/** Where the keys that verify tokens come from. */
export type VerificationKeys =
  | { kind: 'jwks-url'; url: URL }
  /** A key pair made on first use in this directory: development only. */
  | { kind: 'local-key-pair'; directory: string };

export interface AuthConfig {
  mode: 'production' | 'development';
  issuer: string;
  audience: string;
  keys: VerificationKeys;
}

export const DEFAULT_AUDIENCE = 'samsyn';
export const DEVELOPMENT_ISSUER = 'samsyn-dev';

/**
 * Production (SAMSYN_MODE=production, or NODE_ENV=production when SAMSYN_MODE is unset) needs
 * SAMSYN_JWT_ISSUER and an https SAMSYN_JWKS_URL. Otherwise tokens are checked against a local key pair
 * under `<dataDir>/auth/`, or against SAMSYN_JWKS_URL when it is set.
 */
export function authConfigFromEnv(env: NodeJS.ProcessEnv, dataDir: string): AuthConfig {
  const audience = env.SAMSYN_JWT_AUDIENCE || DEFAULT_AUDIENCE;
  if (isProductionMode(env)) return productionConfig(env, audience);
  const issuer = env.SAMSYN_JWT_ISSUER || DEVELOPMENT_ISSUER;
  const keys: VerificationKeys = env.SAMSYN_JWKS_URL
    ? { kind: 'jwks-url', url: jwksUrl(env.SAMSYN_JWKS_URL, false) }
    : { kind: 'local-key-pair', directory: join(dataDir, 'auth') };
  return { mode: 'development', issuer, audience, keys };
}

function isProductionMode(env: NodeJS.ProcessEnv): boolean {
  return (env.SAMSYN_MODE ?? env.NODE_ENV) === 'production';
}

function productionConfig(env: NodeJS.ProcessEnv, audience: string): AuthConfig {
  const missing = ['SAMSYN_JWT_ISSUER', 'SAMSYN_JWKS_URL'].filter((name) => !env[name]);
  if (!env.SAMSYN_JWT_ISSUER || !env.SAMSYN_JWKS_URL) {
    throw new AuthConfigError(
      'AUTH_NOT_CONFIGURED',
      `Production mode verifies tokens from your identity provider: set ${missing.join(' and ')}`,
    );
  }
  return {
    mode: 'production',
    issuer: env.SAMSYN_JWT_ISSUER,
    audience,
    keys: { kind: 'jwks-url', url: jwksUrl(env.SAMSYN_JWKS_URL, true) },
  };
}

function jwksUrl(text: string, httpsOnly: boolean): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new AuthConfigError('AUTH_CONFIG_INVALID', 'SAMSYN_JWKS_URL is not a URL');
  }
  const allowed = httpsOnly ? ['https:'] : ['https:', 'http:'];
  if (!allowed.includes(url.protocol)) {
    throw new AuthConfigError('AUTH_CONFIG_INVALID', `SAMSYN_JWKS_URL must use ${allowed.join(' or ')} in this mode`);
  }
  return url;
}

/** Names where keys come from, for the start-up line. */
export function describeAuth(config: AuthConfig): string {
  const keys =
    config.keys.kind === 'jwks-url'
      ? `keys from ${config.keys.url.origin}`
      : `local key pair in ${config.keys.directory} (development only)`;
  return `JWT issuer '${config.issuer}', audience '${config.audience}', ${keys}`;
}

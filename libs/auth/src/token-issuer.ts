import { SignJWT } from 'jose';
import type { AuthConfig } from './auth-config';
import { AuthConfigError } from './auth-config-error';
import { LOCAL_KEY_ALGORITHM, loadOrCreateLocalKeyPair } from './local-key-pair';
import { parseViewer, type Viewer } from './viewer';

export const DEFAULT_TOKEN_TTL_SECONDS = 8 * 60 * 60;

export interface IssueTokenInput extends Viewer {
  ttlSeconds?: number;
}

/** Signs development tokens with the local key pair. */
export interface TokenIssuer {
  /** A compact JWT for the viewer; throws InvalidViewerError when a field is wrong. */
  issue(input: IssueTokenInput): Promise<string>;
}

export interface TokenIssuerOptions {
  now?: () => Date;
}

/** Only where tokens are verified against the local key pair; production tokens come from an identity provider. */
export function createTokenIssuer(config: AuthConfig, options: TokenIssuerOptions = {}): TokenIssuer {
  const keys = config.keys;
  if (config.mode === 'production' || keys.kind !== 'local-key-pair') {
    throw new AuthConfigError(
      'LOCAL_TOKENS_UNAVAILABLE',
      'Development tokens need the embedded default: not in production mode and without SAMSYN_JWKS_URL',
    );
  }
  const now = options.now ?? (() => new Date());
  return {
    async issue({ ttlSeconds = DEFAULT_TOKEN_TTL_SECONDS, ...fields }) {
      if (!Number.isSafeInteger(ttlSeconds) || ttlSeconds <= 0)
        throw new RangeError('ttlSeconds must be a positive whole number');
      const viewer = parseViewer(fields);
      const { privateKey, kid } = await loadOrCreateLocalKeyPair(keys.directory);
      const issuedAt = Math.floor(now().getTime() / 1000);
      return new SignJWT({
        org: viewer.organisation,
        role: viewer.role,
        purpose: viewer.purpose,
        journey: viewer.journeyId,
        rep: viewer.representativeId,
      })
        .setProtectedHeader({ alg: LOCAL_KEY_ALGORITHM, kid, typ: 'JWT' })
        .setSubject(viewer.subject)
        .setIssuer(config.issuer)
        .setAudience(config.audience)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + ttlSeconds)
        .sign(privateKey);
    },
  };
}

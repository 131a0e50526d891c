import { createLocalJWKSet, createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import type { VerificationKeys } from './auth-config';
import { loadOrCreateLocalKeyPair } from './local-key-pair';

/** The key set tokens are checked against; the local key pair is read (or made) on first use. */
export function verificationKeySet(keys: VerificationKeys): JWTVerifyGetKey {
  if (keys.kind === 'jwks-url') return createRemoteJWKSet(keys.url);
  let loading: Promise<JWTVerifyGetKey> | undefined;
  const load = (): Promise<JWTVerifyGetKey> => {
    loading ??= loadOrCreateLocalKeyPair(keys.directory).then(
      ({ publicJwk }) => createLocalJWKSet({ keys: [publicJwk] }),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return async (header, token) => (await load())(header, token);
}

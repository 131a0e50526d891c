import { statSync } from 'node:fs';
import { join } from 'node:path';
import {
  AuthConfigError,
  authConfigFromEnv,
  createTokenIssuer,
  createTokenVerifier,
  describeAuth,
  loadOrCreateLocalKeyPair,
} from '../src';
import { FK_HANDLAGGARE, removeDataDirs, tempDataDir } from './auth-test-kit';

const PRODUCTION = {
  SAMSYN_MODE: 'production',
  SAMSYN_JWT_ISSUER: 'https://idp.example.se',
  SAMSYN_JWKS_URL: 'https://idp.example.se/jwks',
};

function configError(env: NodeJS.ProcessEnv): AuthConfigError {
  try {
    authConfigFromEnv(env, 'data');
  } catch (error) {
    if (error instanceof AuthConfigError) return error;
    throw error;
  }
  throw new Error('expected an AuthConfigError');
}

describe('authentication configuration', () => {
  afterAll(removeDataDirs);

  describe('in production', () => {
    it('uses the configured issuer, audience and JWKS URL', () => {
      const config = authConfigFromEnv({ ...PRODUCTION, SAMSYN_JWT_AUDIENCE: 'samsyn-api' }, 'data');
      expect(config).toEqual({
        mode: 'production',
        issuer: 'https://idp.example.se',
        audience: 'samsyn-api',
        keys: { kind: 'jwks-url', url: new URL('https://idp.example.se/jwks') },
      });
      expect(describeAuth(config)).toContain('https://idp.example.se');
    });

    it('defaults the audience to samsyn', () => {
      expect(authConfigFromEnv(PRODUCTION, 'data').audience).toBe('samsyn');
    });

    it('refuses to start without an issuer', () => {
      const error = configError({ ...PRODUCTION, SAMSYN_JWT_ISSUER: undefined });
      expect(error.code).toBe('AUTH_NOT_CONFIGURED');
      expect(error.message).toContain('SAMSYN_JWT_ISSUER');
    });

    it('refuses to start without a JWKS URL', () => {
      expect(configError({ ...PRODUCTION, SAMSYN_JWKS_URL: '' })).toMatchObject({
        code: 'AUTH_NOT_CONFIGURED',
        message: expect.stringContaining('SAMSYN_JWKS_URL'),
      });
    });

    it('is also chosen by NODE_ENV=production when SAMSYN_MODE is unset', () => {
      expect(configError({ NODE_ENV: 'production' }).code).toBe('AUTH_NOT_CONFIGURED');
    });

    it('refuses keys fetched over plain http, or a URL that is not one', () => {
      expect(configError({ ...PRODUCTION, SAMSYN_JWKS_URL: 'http://idp.example.se/jwks' }).code).toBe(
        'AUTH_CONFIG_INVALID',
      );
      expect(configError({ ...PRODUCTION, SAMSYN_JWKS_URL: 'idp/jwks' }).code).toBe('AUTH_CONFIG_INVALID');
    });

    it('issues no development tokens', () => {
      expect(() => createTokenIssuer(authConfigFromEnv(PRODUCTION, 'data'))).toThrow(
        expect.objectContaining({ code: 'LOCAL_TOKENS_UNAVAILABLE' }),
      );
    });
  });

  describe('in the embedded default', () => {
    it('trusts the local key pair under <dataDir>/auth with issuer samsyn-dev', () => {
      expect(authConfigFromEnv({}, '/srv/samsyn')).toEqual({
        mode: 'development',
        issuer: 'samsyn-dev',
        audience: 'samsyn',
        keys: { kind: 'local-key-pair', directory: join('/srv/samsyn', 'auth') },
      });
    });

    it('takes an issuer override and a JWKS URL when given', () => {
      const config = authConfigFromEnv(
        { SAMSYN_JWT_ISSUER: 'my-idp', SAMSYN_JWKS_URL: 'http://127.0.0.1:8080/jwks' },
        'data',
      );
      expect(config).toMatchObject({ mode: 'development', issuer: 'my-idp', keys: { kind: 'jwks-url' } });
      expect(() => createTokenIssuer(config)).toThrow(expect.objectContaining({ code: 'LOCAL_TOKENS_UNAVAILABLE' }));
    });

    it('keeps the key pair on disk, the private half readable by the owner only', async () => {
      const dataDir = tempDataDir();
      await loadOrCreateLocalKeyPair(join(dataDir, 'auth'));
      expect(statSync(join(dataDir, 'auth', 'private.jwk.json')).mode & 0o777).toBe(0o600);
      expect(statSync(join(dataDir, 'auth', 'public.jwk.json')).isFile()).toBe(true);
    });

    it('reuses the key pair: a token from one configuration verifies with the next', async () => {
      const dataDir = tempDataDir();
      const token = await createTokenIssuer(authConfigFromEnv({}, dataDir)).issue(FK_HANDLAGGARE);
      const restarted = createTokenVerifier(authConfigFromEnv({}, dataDir));
      await expect(restarted.verify(`Bearer ${token}`)).resolves.toEqual(FK_HANDLAGGARE);
    });

    it('makes one key pair when many starters race for it', async () => {
      const directory = join(tempDataDir(), 'auth');
      const pairs = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateLocalKeyPair(directory)));
      expect(new Set(pairs.map((pair) => pair.kid)).size).toBe(1);
    });

    it('never writes the private half into the public key', async () => {
      const { publicJwk } = await loadOrCreateLocalKeyPair(join(tempDataDir(), 'auth'));
      expect(publicJwk).not.toHaveProperty('d');
      expect(publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    });
  });
});

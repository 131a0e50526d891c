import { base64url, generateKeyPair, SignJWT } from 'jose';
import { authConfigFromEnv, createTokenIssuer, createTokenVerifier, loadOrCreateLocalKeyPair } from '../src';
import {
  expectRejected,
  FK_HANDLAGGARE,
  nowSeconds,
  removeDataDirs,
  signWithLocalKey,
  tempDataDir,
  validClaims,
} from './auth-test-kit';

const HOUR_MS = 3_600_000;

describe('a request that does not prove who it is gets an AuthenticationError', () => {
  const dataDir = tempDataDir();
  const config = authConfigFromEnv({}, dataDir);
  const verifier = createTokenVerifier(config);
  const issue = (ttlSeconds?: number, now = new Date()) =>
    createTokenIssuer(config, { now: () => now }).issue({ ...FK_HANDLAGGARE, ttlSeconds });
  afterAll(removeDataDirs);

  describe('without a bearer token', () => {
    it.each([undefined, '', '   ', 'Bearer', 'Bearer   '])('%p is TOKEN_MISSING', async (header) => {
      await expectRejected(verifier.verify(header), 'TOKEN_MISSING');
    });

    it.each(['Basic dXNlcjpwYXNz', 'Bearerabc', 'Bearer a b', 'Bearer not-a-jwt', `Bearer ${'a'.repeat(20_000)}`])(
      '%p is TOKEN_MALFORMED',
      async (header) => {
        await expectRejected(verifier.verify(header), 'TOKEN_MALFORMED');
      },
    );
  });

  describe('tampered', () => {
    it('in its payload: TOKEN_INVALID_SIGNATURE', async () => {
      const [header, payload, signature] = (await issue()).split('.') as [string, string, string];
      const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload))) as Record<string, unknown>;
      const forged = base64url.encode(JSON.stringify({ ...claims, org: 'KOMMUN:1880', role: 'admin' }));
      const token = `${header}.${forged}.${signature}`;
      await expectRejected(verifier.verify(`Bearer ${token}`), 'TOKEN_INVALID_SIGNATURE', token);
    });

    it('in its signature: TOKEN_INVALID_SIGNATURE', async () => {
      const token = await issue();
      const middle = token.lastIndexOf('.') + 20;
      const flipped = `${token.slice(0, middle)}${token[middle] === 'A' ? 'B' : 'A'}${token.slice(middle + 1)}`;
      await expectRejected(verifier.verify(`Bearer ${flipped}`), 'TOKEN_INVALID_SIGNATURE', flipped);
    });

    it('in its header so it no longer parses: TOKEN_MALFORMED', async () => {
      const issued = await issue();
      const token = `${base64url.encode('not json')}${issued.slice(issued.indexOf('.'))}`;
      await expectRejected(verifier.verify(`Bearer ${token}`), 'TOKEN_MALFORMED', token);
    });

    it('to alg "none": TOKEN_INVALID_SIGNATURE', async () => {
      const unsigned = `${base64url.encode('{"alg":"none"}')}.${base64url.encode(JSON.stringify(validClaims()))}.`;
      await expectRejected(verifier.verify(`Bearer ${unsigned}`), 'TOKEN_INVALID_SIGNATURE', unsigned);
    });

    it('to HS256 keyed with the public key: TOKEN_INVALID_SIGNATURE', async () => {
      const { publicJwk } = await loadOrCreateLocalKeyPair(`${dataDir}/auth`);
      const secret = new TextEncoder().encode(JSON.stringify(publicJwk));
      const token = await new SignJWT(validClaims()).setProtectedHeader({ alg: 'HS256' }).sign(secret);
      await expectRejected(verifier.verify(`Bearer ${token}`), 'TOKEN_INVALID_SIGNATURE', token);
    });
  });

  describe('signed by another key', () => {
    it('from another installation: TOKEN_INVALID_SIGNATURE', async () => {
      const stranger = await createTokenIssuer(authConfigFromEnv({}, tempDataDir())).issue(FK_HANDLAGGARE);
      await expectRejected(verifier.verify(`Bearer ${stranger}`), 'TOKEN_INVALID_SIGNATURE', stranger);
    });

    it('that claims our key id: TOKEN_INVALID_SIGNATURE', async () => {
      const { kid } = await loadOrCreateLocalKeyPair(`${dataDir}/auth`);
      const { privateKey } = await generateKeyPair('ES256');
      const token = await new SignJWT(validClaims()).setProtectedHeader({ alg: 'ES256', kid }).sign(privateKey);
      await expectRejected(verifier.verify(`Bearer ${token}`), 'TOKEN_INVALID_SIGNATURE', token);
    });
  });

  describe('out of its validity period', () => {
    it('expired: TOKEN_EXPIRED', async () => {
      const token = await issue(8 * 3600, new Date(Date.now() - 9 * HOUR_MS));
      await expectRejected(verifier.verify(`Bearer ${token}`), 'TOKEN_EXPIRED', token);
    });

    it('expired less than 30 s ago is still accepted, for clock skew', async () => {
      const token = await issue(60, new Date(Date.now() - 80_000));
      await expect(verifier.verify(`Bearer ${token}`)).resolves.toEqual(FK_HANDLAGGARE);
    });

    it('expired more than 30 s ago: TOKEN_EXPIRED', async () => {
      const token = await issue(60, new Date(Date.now() - 95_000));
      await expectRejected(verifier.verify(`Bearer ${token}`), 'TOKEN_EXPIRED', token);
    });

    it('expired by the verifier clock: TOKEN_EXPIRED', async () => {
      const token = await issue(60);
      const later = createTokenVerifier(config, { now: () => new Date(Date.now() + HOUR_MS) });
      await expectRejected(later.verify(`Bearer ${token}`), 'TOKEN_EXPIRED', token);
    });

    it('not valid before a future nbf: TOKEN_NOT_YET_VALID', async () => {
      const token = await signWithLocalKey(dataDir, { ...validClaims(), nbf: nowSeconds() + 300 });
      await expectRejected(verifier.verify(`Bearer ${token}`), 'TOKEN_NOT_YET_VALID', token);
    });

    it('without exp, so it would never expire: TOKEN_CLAIMS_INVALID', async () => {
      const { exp: _exp, ...claims } = validClaims();
      const error = await expectRejected(
        verifier.verify(`Bearer ${await signWithLocalKey(dataDir, claims)}`),
        'TOKEN_CLAIMS_INVALID',
      );
      expect(error.message).toContain("'exp'");
    });
  });

  describe('meant for someone else', () => {
    it('another audience: TOKEN_WRONG_AUDIENCE', async () => {
      const token = await createTokenIssuer(authConfigFromEnv({ SAMSYN_JWT_AUDIENCE: 'other-system' }, dataDir)).issue(
        FK_HANDLAGGARE,
      );
      await expectRejected(verifier.verify(`Bearer ${token}`), 'TOKEN_WRONG_AUDIENCE', token);
    });

    it('no audience: TOKEN_WRONG_AUDIENCE', async () => {
      const { aud: _aud, ...claims } = validClaims();
      await expectRejected(
        verifier.verify(`Bearer ${await signWithLocalKey(dataDir, claims)}`),
        'TOKEN_WRONG_AUDIENCE',
      );
    });

    it('another issuer: TOKEN_WRONG_ISSUER', async () => {
      const token = await createTokenIssuer(authConfigFromEnv({ SAMSYN_JWT_ISSUER: 'someone-else' }, dataDir)).issue(
        FK_HANDLAGGARE,
      );
      await expectRejected(verifier.verify(`Bearer ${token}`), 'TOKEN_WRONG_ISSUER', token);
    });
  });

  describe('with claims that do not name a viewer: TOKEN_CLAIMS_INVALID naming the claim, never its value', () => {
    it.each([
      ['org', { org: 'NASA:secret-value' }],
      ['org', { org: 'KOMMUN:9999' }],
      ['org', { org: 42 }],
      ['role', { role: 'Admin' }],
      ['purpose', { purpose: '' }],
      ['sub', { sub: '' }],
      ['journey', { journey: '0b6c1c1e-1111-4222-8333-444455556666' }],
      ['journey', { org: 'PERSON', journey: 'secret-value' }],
    ])("bad '%s' claim", async (claim, override) => {
      const token = await signWithLocalKey(dataDir, { ...validClaims(), ...override });
      const error = await expectRejected(verifier.verify(`Bearer ${token}`), 'TOKEN_CLAIMS_INVALID', token);
      expect(error.message).toContain(`'${claim}'`);
      expect(error.message).not.toContain('secret-value');
    });

    it.each(['sub', 'org', 'role', 'purpose'])("missing '%s'", async (claim) => {
      const { [claim]: _missing, ...claims } = validClaims();
      const error = await expectRejected(
        verifier.verify(`Bearer ${await signWithLocalKey(dataDir, claims)}`),
        'TOKEN_CLAIMS_INVALID',
      );
      expect(error.message).toContain(`'${claim}'`);
    });
  });
});

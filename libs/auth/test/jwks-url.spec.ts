import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  AuthenticationError,
  authConfigFromEnv,
  createTokenIssuer,
  createTokenVerifier,
  loadOrCreateLocalKeyPair,
} from '../src';
import { expectRejected, FK_HANDLAGGARE, removeDataDirs, tempDataDir } from './auth-test-kit';

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

describe('tokens verified against keys from SAMSYN_JWKS_URL', () => {
  const identityProviderDir = tempDataDir();
  const identityProvider = createTokenIssuer(authConfigFromEnv({}, identityProviderDir));
  let requests = 0;
  const server = createServer((request, response) => {
    requests += 1;
    void loadOrCreateLocalKeyPair(join(identityProviderDir, 'auth')).then(({ publicJwk }) => {
      response.writeHead(request.url === '/jwks' ? 200 : 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [publicJwk] }));
    });
  });
  let baseUrl = '';

  beforeAll(async () => {
    baseUrl = await listen(server);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    removeDataDirs();
  });

  it('accepts a token signed by a key in the set, fetching the set once', async () => {
    const verifier = createTokenVerifier(authConfigFromEnv({ SAMSYN_JWKS_URL: `${baseUrl}/jwks` }, tempDataDir()));
    const token = await identityProvider.issue(FK_HANDLAGGARE);
    await expect(verifier.verify(`Bearer ${token}`)).resolves.toEqual(FK_HANDLAGGARE);
    await expect(verifier.verify(`Bearer ${token}`)).resolves.toEqual(FK_HANDLAGGARE);
    expect(requests).toBe(1);
  });

  it('refuses a token signed by a key not in the set', async () => {
    const verifier = createTokenVerifier(authConfigFromEnv({ SAMSYN_JWKS_URL: `${baseUrl}/jwks` }, tempDataDir()));
    const stranger = await createTokenIssuer(authConfigFromEnv({}, tempDataDir())).issue(FK_HANDLAGGARE);
    await expectRejected(verifier.verify(`Bearer ${stranger}`), 'TOKEN_INVALID_SIGNATURE', stranger);
  });

  it('reports unreachable keys as a server failure, not as the caller being unauthenticated', async () => {
    const closed = createServer();
    const closedUrl = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const verifier = createTokenVerifier(authConfigFromEnv({ SAMSYN_JWKS_URL: `${closedUrl}/jwks` }, tempDataDir()));
    const token = await identityProvider.issue(FK_HANDLAGGARE);
    const error = await verifier.verify(`Bearer ${token}`).then(
      () => 'verified',
      (reason: unknown) => reason,
    );
    expect(error).toMatchObject({ message: expect.any(String) });
    expect(error).not.toBeInstanceOf(AuthenticationError);
  });
});

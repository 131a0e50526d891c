import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, type JWTPayload } from 'jose';
import { AuthenticationError, loadOrCreateLocalKeyPair, type AuthenticationErrorCode } from '../src';

/** A fresh data directory per test file, removed by `removeDataDirs` in afterAll. */
const created: string[] = [];
export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-auth-'));
  created.push(dir);
  return dir;
}
export function removeDataDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export const FK_HANDLAGGARE = {
  subject: 'dev-fk-handlaggare',
  organisation: 'FK',
  role: 'handlaggare',
  purpose: 'samordning',
};

/** Signs any claims with the data directory's local key, for tokens the issuer would never make. */
export async function signWithLocalKey(dataDir: string, claims: JWTPayload, kid?: string): Promise<string> {
  const pair = await loadOrCreateLocalKeyPair(join(dataDir, 'auth'));
  return new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: kid ?? pair.kid }).sign(pair.privateKey);
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

export const validClaims = (): JWTPayload => ({
  sub: 'dev-fk-handlaggare',
  org: 'FK',
  role: 'handlaggare',
  purpose: 'samordning',
  iss: 'samsyn-dev',
  aud: 'samsyn',
  iat: nowSeconds(),
  exp: nowSeconds() + 600,
});

/** Rejected with this code, and the message never repeats the token. */
export async function expectRejected(
  verifying: Promise<unknown>,
  code: AuthenticationErrorCode,
  token?: string,
): Promise<AuthenticationError> {
  const error = await verifying.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AuthenticationError);
  const authenticationError = error as AuthenticationError;
  expect(authenticationError.code).toBe(code);
  for (const part of token?.split('.').filter((segment) => segment.length > 8) ?? []) {
    expect(authenticationError.message).not.toContain(part);
  }
  return authenticationError;
}

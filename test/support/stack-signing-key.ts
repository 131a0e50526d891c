import { join } from 'node:path';
import { authConfigFromEnv, createTokenIssuer, loadOrCreateLocalKeyPair, type IssueTokenInput } from '@samsyn/auth';
import { SignJWT, type JWTPayload } from 'jose';
import { startSamsynStack, type Backend, type SamsynStack } from './samsyn-stack';

export interface StackWithKey {
  stack: SamsynStack;
  /** Signs any claims with the key the stack trusts, for tokens its issuer would never make. */
  signWithStackKey(claims: JWTPayload): Promise<string>;
  /** A token from the stack's own issuer as if issued at `issuedAt`. */
  issueAt(issuedAt: Date, input: IssueTokenInput): Promise<string>;
}

/** startSamsynStack, plus signing with the very key the stack verifies against (expired or wrong-audience tokens). */
export async function startSamsynStackWithKey(backend: Backend): Promise<StackWithKey> {
  const stack = await startSamsynStack(backend);
  const authDir = stack.authDataDir;
  const config = authConfigFromEnv({}, authDir);
  return {
    stack,
    async signWithStackKey(claims) {
      const pair = await loadOrCreateLocalKeyPair(join(authDir, 'auth'));
      return new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: pair.kid, typ: 'JWT' }).sign(pair.privateKey);
    },
    issueAt: (issuedAt, input) => createTokenIssuer(config, { now: () => issuedAt }).issue(input),
  };
}

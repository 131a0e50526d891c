import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authConfigFromEnv, createTokenIssuer, createTokenVerifier, type TokenVerifier } from '@samsyn/auth';

/** A key pair made for the run: the subgraphs verify with it, the bench signs the people's tokens with it. */
export interface BenchAuth {
  readonly verifier: TokenVerifier;
  /** A bearer token of the person whose journey this is (they see every event of it); made once per journey. */
  personToken(journeyId: string): Promise<string>;
  close(): Promise<void>;
}

export async function createBenchAuth(): Promise<BenchAuth> {
  const directory = await mkdtemp(join(tmpdir(), 'samsyn-bench-auth-'));
  const config = authConfigFromEnv({}, directory);
  const issuer = createTokenIssuer(config);
  const tokens = new Map<string, Promise<string>>();
  return {
    verifier: createTokenVerifier(config),
    personToken(journeyId) {
      let token = tokens.get(journeyId);
      if (!token) {
        token = issuer.issue({
          subject: `bench-person-${journeyId}`,
          organisation: 'PERSON',
          role: 'person',
          purpose: 'egen',
          journeyId,
        });
        tokens.set(journeyId, token);
      }
      return token;
    },
    close: () => rm(directory, { recursive: true, force: true }),
  };
}

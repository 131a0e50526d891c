import { jwtVerify, type JWTPayload } from 'jose';
import type { AuthConfig } from './auth-config';
import { AuthenticationError } from './authentication-error';
import { bearerToken } from './bearer-token';
import { authenticationErrorFromJose } from './jose-error-mapping';
import { verificationKeySet } from './verification-key-set';
import { InvalidViewerError, parseViewer, type Viewer } from './viewer';

export const ACCEPTED_ALGORITHMS = ['ES256', 'RS256', 'EdDSA'];
export const CLOCK_TOLERANCE_SECONDS = 30;

export interface TokenVerifier {
  /** The viewer an `Authorization: Bearer <jwt>` header proves, or an AuthenticationError. */
  verify(authorization: string | undefined): Promise<Viewer>;
}

export interface TokenVerifierOptions {
  now?: () => Date;
}

export function createTokenVerifier(config: AuthConfig, options: TokenVerifierOptions = {}): TokenVerifier {
  const keySet = verificationKeySet(config.keys);
  const now = options.now ?? (() => new Date());
  return {
    async verify(authorization) {
      const token = bearerToken(authorization);
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keySet, {
          issuer: config.issuer,
          audience: config.audience,
          algorithms: ACCEPTED_ALGORITHMS,
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          currentDate: now(),
          requiredClaims: ['exp'],
        }));
      } catch (error) {
        throw authenticationErrorFromJose(error) ?? error;
      }
      return viewerFromPayload(payload);
    },
  };
}

function viewerFromPayload(payload: JWTPayload): Viewer {
  try {
    return parseViewer({
      subject: payload.sub,
      organisation: payload.org,
      role: payload.role,
      purpose: payload.purpose,
      journeyId: payload.journey,
      representativeId: payload.rep,
    });
  } catch (error) {
    if (!(error instanceof InvalidViewerError)) throw error;
    throw new AuthenticationError('TOKEN_CLAIMS_INVALID', error.message);
  }
}

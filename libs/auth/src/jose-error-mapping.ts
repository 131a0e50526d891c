import { errors } from 'jose';
import { AuthenticationError } from './authentication-error';

/**
 * jose's failure as an AuthenticationError, or undefined when the failure is not the token's fault
 * (keys unreachable, JWKS timeout): those must surface as server errors, not as UNAUTHENTICATED.
 */
export function authenticationErrorFromJose(error: unknown): AuthenticationError | undefined {
  if (error instanceof errors.JWTExpired) return new AuthenticationError('TOKEN_EXPIRED', 'The token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) return fromClaimFailure(error);
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys ||
    error instanceof errors.JOSEAlgNotAllowed ||
    error instanceof errors.JOSENotSupported
  ) {
    return new AuthenticationError('TOKEN_INVALID_SIGNATURE', 'The token is not signed by a trusted key');
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) {
    return new AuthenticationError('TOKEN_MALFORMED', 'The token is not a well-formed signed JWT');
  }
  return undefined;
}

function fromClaimFailure(error: InstanceType<typeof errors.JWTClaimValidationFailed>): AuthenticationError {
  const { claim, reason } = error;
  if (claim === 'aud') return new AuthenticationError('TOKEN_WRONG_AUDIENCE', "Claim 'aud' does not name this service");
  if (claim === 'iss') return new AuthenticationError('TOKEN_WRONG_ISSUER', "Claim 'iss' is not the trusted issuer");
  if (claim === 'nbf' && reason === 'check_failed')
    return new AuthenticationError('TOKEN_NOT_YET_VALID', 'The token is not valid yet');
  return new AuthenticationError(
    'TOKEN_CLAIMS_INVALID',
    `Claim '${claim}' is ${reason === 'missing' ? 'missing' : 'invalid'}`,
  );
}

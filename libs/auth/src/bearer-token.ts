import { AuthenticationError } from './authentication-error';

// Far above any real token; stops an attacker making us parse megabytes.
const MAX_TOKEN_LENGTH = 16_384;
const BEARER = /^Bearer(?: +(\S+))?$/i;

/** The compact JWT from an `Authorization: Bearer <jwt>` header. */
export function bearerToken(authorization: string | undefined): string {
  if (authorization === undefined || authorization.trim() === '') {
    throw new AuthenticationError('TOKEN_MISSING', 'Send a token in the Authorization header: Bearer <jwt>');
  }
  const match = BEARER.exec(authorization.trim());
  if (!match) throw new AuthenticationError('TOKEN_MALFORMED', 'The Authorization header must be Bearer <jwt>');
  const token = match[1];
  if (token === undefined)
    throw new AuthenticationError('TOKEN_MISSING', 'The Authorization header has no token after Bearer');
  if (token.length > MAX_TOKEN_LENGTH) throw new AuthenticationError('TOKEN_MALFORMED', 'The token is too long');
  return token;
}

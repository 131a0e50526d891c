export type AuthenticationErrorCode =
  | 'TOKEN_MISSING'
  | 'TOKEN_MALFORMED'
  | 'TOKEN_INVALID_SIGNATURE'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_NOT_YET_VALID'
  | 'TOKEN_WRONG_AUDIENCE'
  | 'TOKEN_WRONG_ISSUER'
  | 'TOKEN_CLAIMS_INVALID';

/** The caller did not prove who they are; the edge answers UNAUTHENTICATED. Never carries the token. */
export class AuthenticationError extends Error {
  constructor(
    readonly code: AuthenticationErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AuthenticationError';
  }
}

export type AuthConfigErrorCode = 'AUTH_NOT_CONFIGURED' | 'AUTH_CONFIG_INVALID' | 'LOCAL_TOKENS_UNAVAILABLE';

/** Authentication is configured wrongly: the process must not start (or the token command must stop). */
export class AuthConfigError extends Error {
  constructor(
    readonly code: AuthConfigErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AuthConfigError';
  }
}

import type { GraphQLError } from 'graphql';

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PROJECTION_BEHIND: 503,
  SERVICE_UNAVAILABLE: 503,
};

/** The HTTP status a file download answers for a GraphQL error's code. */
export function httpStatusOf(error: GraphQLError): number {
  const code = error.extensions['code'];
  return (typeof code === 'string' && STATUS_BY_CODE[code]) || 500;
}
